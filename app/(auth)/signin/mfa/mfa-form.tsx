"use client";

import Link from "next/link";
import { useActionState, useState, useTransition } from "react";
import { Alert } from "@/components/alert";
import { FormField } from "@/components/form-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format, lookup } from "@/lib/i18n/messages";
import { getAssertion } from "@/components/passkey/browser-webauthn";
import type { FormState } from "@/lib/forms";
import { cancelMfaAction, passkeyOptionsAction, verifyMfaAction, verifyPasskeyAction } from "./actions";

/**
 * The MFA step of a sign-in: a code from an authenticator app or hardware token (`codes`), and, for a
 * principal with a passkey or security key, "Use passkey or security key" (`passkeys`), as the current
 * console lets a user with several devices use any of them.
 */
export function MfaForm({
  signingInAs,
  callbackUrl,
  isRoot,
  current,
  codes,
  passkeys,
}: {
  signingInAs: string;
  callbackUrl?: string;
  isRoot: boolean;
  current: boolean;
  codes: boolean;
  passkeys: boolean;
}) {
  const { locale, messages } = useI18n();
  const m = messages.mfaSignIn;
  const [codeState, formAction, pending] = useActionState(verifyMfaAction, {});
  const [passkeyState, setPasskeyState] = useState<FormState | null>(null);
  const [passkeyPending, startPasskey] = useTransition();
  // The newest answer is the one to show, whichever device gave it.
  const state = passkeyState ?? codeState;
  const error = state.error && (state.error === "mfaSignIn.locked" && isRoot ? m.lockedRoot : lookup(messages, state.error));

  const signInWithPasskey = () =>
    startPasskey(async () => {
      setPasskeyState({});
      const options = await passkeyOptionsAction();
      if (!("options" in options)) return setPasskeyState(options);
      const assertion = await getAssertion(options.options);
      if (!assertion.ok) return setPasskeyState({ error: "mfaChoices.passkeyFailed" });
      setPasskeyState(await verifyPasskeyAction({ response: JSON.stringify(assertion.response), callbackUrl }));
    });
  return (
    <div className="w-full max-w-sm">
      <h1 className="mb-3 text-2xl">{m.heading}</h1>
      <p className="mb-3">{m.body}</p>
      <p className="mb-4 text-xs text-muted">
        {m.signingInAs}: <span className="font-bold text-squid">{signingInAs}</span>
      </p>
      {error && <Alert tone="error">{format(error, state.errorParams ?? {}, locale)}</Alert>}
      {codes && (
        <form action={formAction} noValidate onSubmit={() => setPasskeyState(null)}>
          <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
          <FormField
            id="code"
            name="code"
            label={m.code}
            hint={current ? messages.mfaChoices.codeHint : undefined}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            data-tutorial="mfa-code"
            autoFocus
            error={codeState.fieldErrors?.code && lookup(messages, codeState.fieldErrors.code)}
          />
          <button type="submit" className="btn-primary w-full" disabled={pending || passkeyPending}>
            {m.submit}
          </button>
        </form>
      )}
      {codes && passkeys && <p className="my-3 text-center text-muted">{messages.mfaChoices.or}</p>}
      {passkeys && (
        <>
          <button type="button" className={codes ? "btn-normal w-full" : "btn-primary w-full"} data-tutorial="use-passkey" disabled={pending || passkeyPending} onClick={signInWithPasskey}>
            {messages.mfaChoices.usePasskey}
          </button>
          {passkeyPending && (
            <p role="status" className="mt-2 text-xs text-muted">
              {messages.mfaChoices.passkeyWaiting}
            </p>
          )}
        </>
      )}
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
