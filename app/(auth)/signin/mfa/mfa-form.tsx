"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/alert";
import { FormField } from "@/components/form-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format, lookup } from "@/lib/i18n/messages";
import { cancelMfaAction, verifyMfaAction } from "./actions";

export function MfaForm({ signingInAs, callbackUrl, isRoot }: { signingInAs: string; callbackUrl?: string; isRoot: boolean }) {
  const { messages } = useI18n();
  const m = messages.mfaSignIn;
  const [state, formAction, pending] = useActionState(verifyMfaAction, {});
  const error = state.error && (state.error === "mfaSignIn.locked" && isRoot ? m.lockedRoot : lookup(messages, state.error));
  return (
    <div className="w-full max-w-sm">
      <h1 className="mb-3 text-2xl">{m.heading}</h1>
      <p className="mb-3">{m.body}</p>
      <p className="mb-4 text-xs text-muted">
        {m.signingInAs}: <span className="font-bold text-squid">{signingInAs}</span>
      </p>
      {error && <Alert tone="error">{format(error, state.errorParams ?? {})}</Alert>}
      <form action={formAction} noValidate>
        <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
        <FormField
          id="code"
          name="code"
          label={m.code}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          data-tutorial="mfa-code"
          autoFocus
          error={state.fieldErrors?.code && lookup(messages, state.fieldErrors.code)}
        />
        <button type="submit" className="btn-primary w-full" disabled={pending}>
          {m.submit}
        </button>
      </form>
      <form action={cancelMfaAction} className="mt-2">
        <button type="submit" className="btn-normal w-full">
          {messages.common.cancel}
        </button>
      </form>
      <p className="mt-4 text-center">
        <Link href="/signin/mfa/troubleshoot">{m.troubleshoot}</Link>
      </p>
    </div>
  );
}
