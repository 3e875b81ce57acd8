"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/alert";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Modal } from "@/components/modal";
import { Table } from "@/components/table";
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
      <Table
        framed={false}
        caption={m.section}
        rows={keys}
        rowKey={(key) => key.accessKeyId}
        empty={m.none}
        columns={[
          { header: m.accessKeyId, rowHeader: true, className: "font-mono text-xs", cell: (key) => key.accessKeyId },
          { header: m.created, className: "text-xs", cell: (key) => key.created },
          { header: m.lastUsed, className: "text-xs", cell: (key) => key.lastUsed ?? messages.common.never },
          { header: m.status, cell: (key) => (key.status === "Active" ? m.active : m.inactive) },
          {
            header: m.actions,
            className: "space-x-3 whitespace-nowrap",
            cell: (key) => (
              <>
                <button
                  type="button"
                  className="btn-link"
                  disabled={pending}
                  onClick={() => run(() => actions.update({ userName, accessKeyId: key.accessKeyId, status: key.status === "Active" ? "Inactive" : "Active" }))}
                >
                  {key.status === "Active" ? m.makeInactive : m.makeActive}
                </button>
                <button type="button" className="btn-link" onClick={() => setDeleting(key.accessKeyId)}>
                  {m.delete}
                </button>
              </>
            ),
          },
        ]}
      />
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
          <dl className="details-grid">
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
