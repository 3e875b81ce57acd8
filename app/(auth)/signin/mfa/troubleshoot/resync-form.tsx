"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/alert";
import { FormField } from "@/components/form-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { lookup } from "@/lib/i18n/messages";
import { resyncAtSignInAction } from "../actions";

export function ResyncForm() {
  const { messages } = useI18n();
  const m = messages.mfaSignIn;
  const [state, formAction, pending] = useActionState(resyncAtSignInAction, {});
  const fieldError = (name: string) => state.fieldErrors?.[name] && lookup(messages, state.fieldErrors[name]);
  if (state.done) {
    return (
      <>
        <Alert tone="success">{m.resyncDone}</Alert>
        <Link href="/signin/mfa" className="btn-primary">
          {m.backToCode}
        </Link>
      </>
    );
  }
  return (
    <form action={formAction} noValidate>
      {state.error && <Alert tone="error">{lookup(messages, state.error)}</Alert>}
      <p className="mb-3">{m.resyncIntro}</p>
      {(["code1", "code2"] as const).map((name) => (
        <FormField
          key={name}
          id={name}
          name={name}
          label={messages.mfaWizard[name]}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          error={fieldError(name)}
        />
      ))}
      <button type="submit" className="btn-primary" disabled={pending}>
        {m.resyncButton}
      </button>
    </form>
  );
}
