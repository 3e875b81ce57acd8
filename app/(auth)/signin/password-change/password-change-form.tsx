"use client";

import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format, lookup } from "@/lib/i18n/messages";
import { changePasswordAtSignInAction } from "./actions";

export function PasswordChangeForm({ expired, signingInAs, rules, callbackUrl }: { expired: boolean; signingInAs: string; rules: string[]; callbackUrl?: string }) {
  const { messages } = useI18n();
  const m = messages.passwordChange;
  const [state, formAction, pending] = useActionState(changePasswordAtSignInAction, {});
  const fieldError = (name: string) => {
    const key = state.fieldErrors?.[name];
    if (!key) return undefined;
    return key === "passwordPolicy.violation" ? format(messages.passwordPolicy.violation, { rules: rules.join("; ") }) : lookup(messages, key);
  };
  return (
    <div className="w-full max-w-sm">
      <h1 className="mb-3 text-2xl">{m.heading}</h1>
      <p className="mb-3">{expired ? m.expired : m.required}</p>
      <p className="mb-4 text-xs text-muted">
        {m.signingInAs}: <span className="font-bold text-squid">{signingInAs}</span>
      </p>
      <form action={formAction} noValidate>
        <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
        <FormField id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" label={m.oldPassword} autoFocus error={fieldError("currentPassword")} />
        <FormField id="newPassword" name="newPassword" type="password" autoComplete="new-password" label={m.newPassword} hint={`${m.rules} ${rules.join("; ")}`} error={fieldError("newPassword")} />
        <FormField id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" label={m.confirmPassword} error={fieldError("confirmPassword")} />
        <button type="submit" className="btn-primary w-full" disabled={pending}>
          {m.submit}
        </button>
      </form>
    </div>
  );
}
