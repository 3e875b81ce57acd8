"use client";

import { type FormEvent, useState, useTransition } from "react";
import { Alert } from "@/components/alert";
import { FormField } from "@/components/form-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Modal } from "@/components/modal";
import { Panel } from "@/components/panel";
import { format, lookup } from "@/lib/i18n/messages";
import { createAccountAliasAction, deleteAccountAliasAction } from "./actions";

type Mode = "view" | "edit" | "delete";

/** The account alias: create, change (a new alias replaces the old) or delete it. */
export function AliasSettings({ alias }: { alias: string | null }) {
  const { messages } = useI18n();
  const m = messages.accountSettings;
  const [mode, setMode] = useState<Mode>("view");
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [pending, startTransition] = useTransition();

  const reset = (next: Mode) => {
    setMode(next);
    setFieldError(undefined);
    setError(undefined);
    setDone(undefined);
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const accountAlias = String(new FormData(event.currentTarget).get("accountAlias") ?? "");
    startTransition(async () => {
      const result = await createAccountAliasAction({ accountAlias });
      if (result.ok) {
        reset("view");
        return setDone(format(m.aliasSaved, { alias: accountAlias.trim() }));
      }
      if (result.fieldErrors?.accountAlias) return setFieldError(lookup(messages, result.fieldErrors.accountAlias));
      if (result.error === "iamErrors.EntityAlreadyExists") return setFieldError(format(m.aliasTaken, { alias: accountAlias.trim() }));
      setError(lookup(messages, result.error));
    });
  };

  const remove = (current: string) =>
    startTransition(async () => {
      const result = await deleteAccountAliasAction({ accountAlias: current });
      if (!result.ok) return setError(lookup(messages, result.error));
      reset("view");
      setDone(m.aliasDeleted);
    });

  return (
    <Panel title={m.aliasHeading} className="max-w-3xl">
      {done && <Alert tone="success">{done}</Alert>}
      {error && mode !== "delete" && <Alert tone="error">{error}</Alert>}
      <p className="mb-3 text-muted">{m.aliasIntro}</p>
      <p className="mb-4">
        {m.alias}:{" "}
        <span className="font-mono" data-testid="account-alias">
          {alias ?? m.noAlias}
        </span>
      </p>
      {mode === "edit" ? (
        <form noValidate onSubmit={save} className="max-w-md">
          <FormField id="accountAlias" name="accountAlias" label={m.newAlias} hint={messages.validation.accountAlias} defaultValue={alias ?? ""} autoComplete="off" error={fieldError} />
          <div className="flex gap-2">
            <button type="button" className="btn-link px-4" onClick={() => reset("view")}>
              {messages.common.cancel}
            </button>
            <button type="submit" className="btn-primary" disabled={pending}>
              {m.save}
            </button>
          </div>
        </form>
      ) : (
        <div className="flex gap-2">
          <button type="button" className="btn-normal" onClick={() => reset("edit")}>
            {alias ? m.editAlias : m.createAlias}
          </button>
          {alias && (
            <button type="button" className="btn-normal" onClick={() => reset("delete")}>
              {m.deleteAlias}
            </button>
          )}
        </div>
      )}
      {mode === "delete" && alias && (
        <Modal
          title={m.deleteAliasTitle}
          onClose={() => reset("view")}
          footer={
            <>
              <button type="button" className="btn-link px-4" onClick={() => reset("view")}>
                {messages.common.cancel}
              </button>
              <button type="button" className="btn-primary" disabled={pending} onClick={() => remove(alias)}>
                {m.deleteAlias}
              </button>
            </>
          }
        >
          {error && <Alert tone="error">{error}</Alert>}
          <p>{format(m.deleteAliasBody, { alias })}</p>
        </Modal>
      )}
    </Panel>
  );
}
