"use client";

import { useState, useTransition } from "react";
import { ActionDialog } from "@/components/action-dialog";
import { Alert } from "@/components/alert";
import { FormField } from "@/components/form-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format, lookup, lookupAll } from "@/lib/i18n/messages";
import { changePasswordAction } from "./password-actions";

/** "Change password" and its dialog: the current password, the new one twice, under the password policy's `rules`. */
export function ChangePassword({ rules }: { rules: string[] }) {
  const { messages } = useI18n();
  const m = messages.changePassword;
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  /** Already translated, by field name. */
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const close = () => {
    setOpen(false);
    setFieldErrors({});
    setError(undefined);
  };

  const submit = (form: FormData) => {
    const field = (name: string) => String(form.get(name) ?? "");
    startTransition(async () => {
      const result = await changePasswordAction({
        currentPassword: field("currentPassword"),
        newPassword: field("newPassword"),
        confirmPassword: field("confirmPassword"),
      });
      if (result.ok) {
        close();
        return setDone(true);
      }
      setError(undefined);
      setFieldErrors({});
      if (result.fieldErrors) return setFieldErrors(lookupAll(messages, result.fieldErrors));
      if (result.error === "adminValidation.currentPasswordWrong") return setFieldErrors({ currentPassword: messages.adminValidation.currentPasswordWrong });
      if (result.error === "passwordPolicy.violation") {
        return setFieldErrors({ newPassword: format(messages.passwordPolicy.violation, { rules: rules.join("; ") }) });
      }
      if (result.error === "passwordPolicy.reused") return setFieldErrors({ newPassword: messages.passwordPolicy.reused });
      setError(lookup(messages, result.error));
    });
  };

  return (
    <>
      {done && <Alert tone="success">{m.done}</Alert>}
      <button
        type="button"
        className="btn-normal"
        onClick={() => {
          setDone(false);
          setOpen(true);
        }}
      >
        {m.button}
      </button>
      {open && (
        <ActionDialog title={m.title} actionLabel={m.submit} pending={pending} error={error} onSubmit={submit} onClose={close}>
          <FormField id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" label={m.currentPassword} error={fieldErrors.currentPassword} />
          <FormField
            id="newPassword"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            label={m.newPassword}
            hint={rules.join("; ")}
            error={fieldErrors.newPassword}
          />
          <FormField id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" label={m.confirmPassword} error={fieldErrors.confirmPassword} />
        </ActionDialog>
      )}
    </>
  );
}
