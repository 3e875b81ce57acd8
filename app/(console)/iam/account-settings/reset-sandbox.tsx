"use client";

import { useState, useTransition } from "react";
import { ActionDialog } from "@/components/action-dialog";
import { Alert } from "@/components/alert";
import { FormField } from "@/components/form-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Panel } from "@/components/panel";
import { format, lookup } from "@/lib/i18n/messages";
import { resetSandboxAction } from "./reset-actions";

/** "Reset sandbox", for the root user: what goes and what stays, and a dialog that asks for the account id. */
export function ResetSandbox({ accountId, isDemo }: { accountId: string; isDemo: boolean }) {
  const { messages } = useI18n();
  const m = messages.accountSettings;
  const [open, setOpen] = useState(false);
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();

  const close = () => {
    setOpen(false);
    setFieldError(undefined);
    setError(undefined);
  };

  const submit = (form: FormData) => {
    const confirmation = String(form.get("confirmation") ?? "");
    startTransition(async () => {
      const result = await resetSandboxAction({ confirmation });
      if (result.ok) {
        close();
        return setDone(true);
      }
      setFieldError(result.fieldErrors?.confirmation && lookup(messages, result.fieldErrors.confirmation));
      setError(result.fieldErrors ? undefined : lookup(messages, result.error));
    });
  };

  return (
    <Panel title={m.resetHeading} className="mb-6 max-w-3xl">
      {done && <Alert tone="success">{m.resetDone}</Alert>}
      <p className="mb-3">{m.resetIntro}</p>
      <p className="mb-2 text-muted">{m.resetDeletes}</p>
      <p className="mb-2 text-muted">{m.resetKeeps}</p>
      {isDemo && <p className="mb-2 text-muted">{m.resetDemo}</p>}
      <button
        type="button"
        className="btn-normal mt-2"
        onClick={() => {
          setDone(false);
          setOpen(true);
        }}
      >
        {m.resetButton}
      </button>
      {open && (
        <ActionDialog title={m.resetTitle} actionLabel={m.resetConfirm} pending={pending} error={error} onSubmit={submit} onClose={close}>
          <p className="mb-4">{m.resetWarning}</p>
          <FormField
            id="resetConfirmation"
            name="confirmation"
            label={m.resetConfirmLabel}
            hint={format(m.resetConfirmHint, { accountId })}
            inputMode="numeric"
            autoComplete="off"
            error={fieldError}
          />
        </ActionDialog>
      )}
    </Panel>
  );
}
