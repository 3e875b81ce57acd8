"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { Alert } from "@/components/alert";
import { FormField } from "@/components/form-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { lookup } from "@/lib/i18n/messages";
import { signInAction } from "./actions";

type Kind = "root" | "iam";

/**
 * The 2021 AWS sign-in: choose Root user or IAM user and type the e-mail or the account, then the
 * password (and, for an IAM user, the user name). Only the last step talks to the server.
 */
export function SignInForm({ initialAccount, callbackUrl }: { initialAccount?: string; callbackUrl?: string }) {
  const { messages } = useI18n();
  const m = messages.signIn;
  const [kind, setKind] = useState<Kind>(initialAccount ? "iam" : "root");
  const [step, setStep] = useState<1 | 2>(initialAccount ? 2 : 1);
  const [identifier, setIdentifier] = useState(initialAccount ?? "");
  const [identifierError, setIdentifierError] = useState<string>();
  const [state, formAction, pending] = useActionState(signInAction, {});
  const fieldError = (name: string) => (state.fieldErrors?.[name] ? lookup(messages, state.fieldErrors[name]) : undefined);

  if (step === 1) {
    return (
      <form
        noValidate
        className="w-full max-w-sm"
        onSubmit={(event) => {
          event.preventDefault();
          if (!identifier.trim()) return setIdentifierError(messages.validation.required);
          setIdentifierError(undefined);
          setStep(2);
        }}
      >
        <h1 className="mb-4 text-2xl">{m.heading}</h1>
        <fieldset className="mb-4">
          <legend className="sr-only">{m.heading}</legend>
          {(["root", "iam"] as const).map((option) => (
            <label key={option} className="mb-3 flex cursor-pointer items-start gap-2">
              <input
                type="radio"
                name="kind"
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
                className="mt-1"
              />
              <span>
                <span className="block font-bold">{option === "root" ? m.rootUser : m.iamUser}</span>
                <span className="block text-xs text-muted">
                  {option === "root" ? m.rootUserDescription : m.iamUserDescription}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <FormField
          id="identifier"
          name={kind === "root" ? "email" : "account"}
          label={kind === "root" ? m.rootEmail : m.accountIdOrAlias}
          type={kind === "root" ? "email" : "text"}
          autoComplete={kind === "root" ? "email" : "organization"}
          value={identifier}
          onChange={(event) => setIdentifier(event.target.value)}
          error={identifierError}
          autoFocus
        />
        <button type="submit" className="btn-primary w-full" data-tutorial="sign-in">
          {messages.common.next}
        </button>
        <div className="mt-6 border-t border-line pt-4 text-center text-xs text-muted">
          <p>{m.newToAws}</p>
          <Link href="/signup" className="btn-normal mt-2 w-full">
            {m.createAccount}
          </Link>
        </div>
      </form>
    );
  }

  return (
    <form action={formAction} noValidate className="w-full max-w-sm">
      <h1 className="mb-4 text-2xl">{kind === "root" ? m.rootPasswordHeading : m.iamUserHeading}</h1>
      {state.error && <Alert tone="error">{lookup(messages, state.error)}</Alert>}
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      {kind === "root" ? (
        <>
          <input type="hidden" name="email" value={identifier} />
          <p className="mb-4">
            <span className="text-muted">{m.rootEmail}: </span>
            <span className="font-bold">{identifier}</span>
          </p>
          {fieldError("email") && <Alert tone="error">{fieldError("email")}</Alert>}
        </>
      ) : (
        <>
          <FormField
            id="account"
            name="account"
            label={m.accountIdOrAlias}
            defaultValue={state.values?.account ?? identifier}
            error={fieldError("account")}
          />
          <FormField
            id="userName"
            name="userName"
            label={m.iamUserName}
            autoComplete="username"
            defaultValue={state.values?.userName}
            error={fieldError("userName")}
            autoFocus
          />
        </>
      )}
      <FormField
        id="password"
        name="password"
        type="password"
        label={m.password}
        autoComplete="current-password"
        error={fieldError("password")}
        autoFocus={kind === "root"}
      />
      <button type="submit" className="btn-primary w-full" disabled={pending} data-tutorial="sign-in">
        {messages.common.signIn}
      </button>
      <p className="mt-4 text-center">
        <button
          type="button"
          className="btn-link"
          onClick={() => {
            setKind(kind === "iam" ? "root" : "iam");
            setIdentifier("");
            setStep(1);
          }}
        >
          {kind === "iam" ? m.signInUsingRootEmail : m.signInToDifferentAccount}
        </button>
      </p>
    </form>
  );
}
