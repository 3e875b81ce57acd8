"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/alert";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Modal } from "@/components/modal";
import type { ActionResult } from "@/lib/auth/console-action";
import { lookup } from "@/lib/i18n/messages";

export type AccessKeyRow = { accessKeyId: string; status: "Active" | "Inactive"; created: string; lastUsed: string | null };

export type AccessKeyActions = {
  create: (input: { userName?: string }) => Promise<ActionResult<{ accessKeyId: string; secretAccessKey: string }>>;
  update: (input: { userName?: string; accessKeyId: string; status: "Active" | "Inactive" }) => Promise<ActionResult<void>>;
  remove: (input: { userName?: string; accessKeyId: string }) => Promise<ActionResult<void>>;
};

/** AWS's key file: the same two columns the console's .csv download has. */
function keyFileUrl(key: { accessKeyId: string; secretAccessKey: string }): string {
  const csv = `Access key ID,Secret access key\n${key.accessKeyId},${key.secretAccessKey}\n`;
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}

export function AccessKeysPanel({
  keys,
  actions,
  userName,
  maxKeys,
}: {
  keys: AccessKeyRow[];
  actions: AccessKeyActions;
  userName?: string;
  maxKeys: number;
}) {
  const { messages } = useI18n();
  const m = messages.accessKeys;
  const [created, setCreated] = useState<{ accessKeyId: string; secretAccessKey: string } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const run = (call: () => Promise<ActionResult<unknown>>, after?: () => void) =>
    startTransition(async () => {
      const result = await call();
      if (!result.ok) return setError(result.error);
      setError(undefined);
      after?.();
    });

  return (
    <>
      {error && <Alert tone="error">{lookup(messages, error)}</Alert>}
      {keys.length === 0 ? (
        <p className="mb-3 text-muted">{m.none}</p>
      ) : (
        <table className="mb-3 w-full text-left">
          <caption className="sr-only">{m.section}</caption>
          <thead className="border-b border-line">
            <tr>
              {[m.accessKeyId, m.created, m.lastUsed, m.status, m.actions].map((heading) => (
                <th key={heading} scope="col" className="py-2 pr-4">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key.accessKeyId} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-mono text-xs font-normal">
                  {key.accessKeyId}
                </th>
                <td className="py-2 pr-4 text-xs">{key.created}</td>
                <td className="py-2 pr-4 text-xs">{key.lastUsed ?? messages.common.never}</td>
                <td className="py-2 pr-4">{key.status === "Active" ? m.active : m.inactive}</td>
                <td className="space-x-3 py-2 whitespace-nowrap">
                  <button
                    type="button"
                    className="btn-link"
                    disabled={pending}
                    onClick={() =>
                      run(() => actions.update({ userName, accessKeyId: key.accessKeyId, status: key.status === "Active" ? "Inactive" : "Active" }))
                    }
                  >
                    {key.status === "Active" ? m.makeInactive : m.makeActive}
                  </button>
                  <button type="button" className="btn-link" onClick={() => setDeleting(key.accessKeyId)}>
                    {m.delete}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {keys.length >= maxKeys ? (
        <p className="text-xs text-muted">{m.limit}</p>
      ) : (
        <button
          type="button"
          className="btn-normal"
          disabled={pending}
          onClick={() =>
            run(async () => {
              const result = await actions.create({ userName });
              if (result.ok) setCreated(result.data);
              return result;
            })
          }
        >
          {m.create}
        </button>
      )}
      {created && (
        <Modal
          title={m.createdTitle}
          onClose={() => setCreated(null)}
          footer={
            <>
              <a className="btn-normal" href={keyFileUrl(created)} download={`${created.accessKeyId}_accessKeys.csv`}>
                {m.download}
              </a>
              <button type="button" className="btn-primary" onClick={() => setCreated(null)}>
                {messages.common.close}
              </button>
            </>
          }
        >
          <Alert tone="success">{m.createdBody}</Alert>
          <dl className="grid grid-cols-[12rem_1fr] gap-y-2">
            <dt className="text-muted">{m.accessKeyId}</dt>
            <dd>
              <code aria-label={m.accessKeyId} className="font-mono">
                {created.accessKeyId}
              </code>
            </dd>
            <dt className="text-muted">{m.secretAccessKey}</dt>
            <dd>
              <code aria-label={m.secretAccessKey} className="font-mono break-all">
                {created.secretAccessKey}
              </code>
            </dd>
          </dl>
        </Modal>
      )}
      {deleting && (
        <Modal
          title={m.deleteTitle}
          onClose={() => setDeleting(null)}
          footer={
            <>
              <button type="button" className="btn-link px-4" onClick={() => setDeleting(null)}>
                {messages.common.cancel}
              </button>
              <button
                type="button"
                className="btn-primary"
                disabled={pending}
                onClick={() => run(() => actions.remove({ userName, accessKeyId: deleting }), () => setDeleting(null))}
              >
                {m.delete}
              </button>
            </>
          }
        >
          <p className="mb-2">{m.deleteBody}</p>
          <p className="font-mono">{deleting}</p>
        </Modal>
      )}
    </>
  );
}
