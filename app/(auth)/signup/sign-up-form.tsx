"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/alert";
import { FormField } from "@/components/form-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { lookup } from "@/lib/i18n/messages";
import { signUpAction } from "./actions";

export function SignUpForm() {
  const { messages } = useI18n();
  const m = messages.signUp;
  const [state, formAction, pending] = useActionState(signUpAction, {});
  const fieldError = (name: string) => (state.fieldErrors?.[name] ? lookup(messages, state.fieldErrors[name]) : undefined);

  if (state.accountId) {
    return (
      <section aria-labelledby="signup-done" className="w-full max-w-md">
        <h1 id="signup-done" className="mb-4 text-2xl">
          {m.successHeading}
        </h1>
        <Alert tone="success">{m.successIntro}</Alert>
        <dl className="mb-6">
          <dt className="text-muted">{m.accountId}</dt>
          <dd className="font-mono text-2xl" data-testid="new-account-id">
            {state.accountId}
          </dd>
        </dl>
        <Link href="/signin" className="btn-primary">
          {m.goToSignIn}
        </Link>
      </section>
    );
  }

  return (
    <form action={formAction} noValidate className="w-full max-w-md">
      <h1 className="mb-2 text-2xl">{m.heading}</h1>
      <p className="mb-6 text-muted">{m.intro}</p>
      {state.error && <Alert tone="error">{lookup(messages, state.error)}</Alert>}
      <FormField id="email" name="email" type="email" autoComplete="email" label={m.rootEmail} hint={m.rootEmailHint} defaultValue={state.values?.email} error={fieldError("email")} />
      <FormField id="accountName" name="accountName" label={m.accountName} hint={m.accountNameHint} defaultValue={state.values?.accountName} error={fieldError("accountName")} />
      <FormField id="password" name="password" type="password" autoComplete="new-password" label={m.password} hint={messages.validation.passwordPolicy} error={fieldError("password")} />
      <FormField id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" label={m.confirmPassword} error={fieldError("confirmPassword")} />
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {m.submit}
      </button>
      <p className="mt-4 text-center">
        <Link href="/signin">{m.alreadyHave}</Link>
      </p>
    </form>
  );
}
