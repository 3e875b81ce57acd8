"use client";

import jsQR from "jsqr";
import { useEffect, useState } from "react";
import { Alert } from "@/components/alert";
import { FormField } from "@/components/form-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format } from "@/lib/i18n/messages";
import {
  AccountInputError,
  accountFromSecret,
  accountFromUri,
  currentCode,
  loadAccounts,
  type PracticeAccount,
  saveAccounts,
  secondsLeft,
} from "@/lib/practice-authenticator/accounts";

type Method = "secret" | "uri" | "qr";

/** The text of the first QR code in an image file, read in the browser. */
async function readQrImage(file: File): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  const canvas = document.createElement("canvas");
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext("2d");
  if (!context) return null;
  context.drawImage(bitmap, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  return jsQR(data, width, height)?.data ?? null;
}

export function CountdownRing({ left, period, label }: { left: number; period: number; label: string }) {
  const circumference = 2 * Math.PI * 10;
  return (
    <svg width="28" height="28" viewBox="0 0 28 28" role="img" aria-label={label}>
      <circle cx="14" cy="14" r="10" fill="none" stroke="#d5dbdb" strokeWidth="4" />
      <circle
        cx="14"
        cy="14"
        r="10"
        fill="none"
        stroke={left <= 5 ? "#d13212" : "#0073bb"}
        strokeWidth="4"
        strokeDasharray={circumference}
        strokeDashoffset={circumference * (1 - left / period)}
        transform="rotate(-90 14 14)"
      />
    </svg>
  );
}

export function PracticeAuthenticator() {
  const { locale, messages } = useI18n();
  const m = messages.authenticator;
  const [accounts, setAccounts] = useState<PracticeAccount[]>([]);
  const [now, setNow] = useState(() => Date.now());
  const [method, setMethod] = useState<Method>("secret");
  const [error, setError] = useState<string>();

  useEffect(() => {
    setAccounts(loadAccounts(window.localStorage));
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  const store = (next: PracticeAccount[]) => {
    setAccounts(next);
    saveAccounts(window.localStorage, next);
  };

  /** Adds the account the form describes; false, with a message, when the input is not one. */
  const add = async (form: FormData): Promise<boolean> => {
    const id = crypto.randomUUID();
    try {
      let account: PracticeAccount;
      if (method === "secret") account = accountFromSecret(String(form.get("secret") ?? ""), String(form.get("name") ?? ""), id);
      else if (method === "uri") account = accountFromUri(String(form.get("uri") ?? ""), id);
      else {
        const file = form.get("image");
        const text = file instanceof File && file.size > 0 ? await readQrImage(file) : null;
        if (!text) {
          setError(m.badImage);
          return false;
        }
        account = accountFromUri(text, id);
      }
      setError(undefined);
      store([...accounts, account]);
      return true;
    } catch (caught) {
      if (!(caught instanceof AccountInputError)) throw caught;
      setError(caught.message === "secret" ? m.badSecret : m.badUri);
      return false;
    }
  };

  return (
    <div className="grid max-w-5xl gap-6 md:grid-cols-2">
      <section aria-labelledby="add-account" className="panel p-5">
        <h2 id="add-account" className="mb-3 text-lg font-bold">
          {m.addHeading}
        </h2>
        <fieldset className="mb-4 flex flex-wrap gap-4">
          <legend className="sr-only">{m.addHeading}</legend>
          {(
            [
              ["secret", m.bySecret],
              ["uri", m.byUri],
              ["qr", m.byQr],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="method" checked={method === value} onChange={() => {
                  setMethod(value);
                  setError(undefined);
                }} />
              {label}
            </label>
          ))}
        </fieldset>
        {error && <Alert tone="error">{error}</Alert>}
        {/* A plain submit handler: a form action would clear what was typed even when it is refused. */}
        <form
          noValidate
          key={method}
          onSubmit={async (event) => {
            event.preventDefault();
            const form = event.currentTarget;
            if (await add(new FormData(form))) form.reset();
          }}
        >
          {method === "secret" && (
            <>
              <FormField id="name" name="name" label={m.accountName} autoComplete="off" />
              <FormField id="secret" name="secret" label={m.secretKey} autoComplete="off" spellCheck={false} />
            </>
          )}
          {method === "uri" && <FormField id="uri" name="uri" label={m.uri} autoComplete="off" spellCheck={false} />}
          {method === "qr" && <FormField id="image" name="image" type="file" accept="image/*" label={m.qrImage} />}
          <button type="submit" className="btn-primary">
            {m.add}
          </button>
        </form>
      </section>
      <section aria-labelledby="accounts" className="panel p-5">
        <h2 id="accounts" className="mb-3 text-lg font-bold">
          {m.accounts}
        </h2>
        {accounts.length === 0 ? (
          <p className="text-muted">{m.none}</p>
        ) : (
          <ul className="divide-y divide-line">
            {accounts.map((account) => {
              const name = account.issuer ? `${account.issuer}: ${account.label}` : account.label;
              const code = currentCode(account, now);
              const left = secondsLeft(account, now);
              return (
                <li key={account.id} className="flex items-center justify-between gap-3 py-3">
                  <div className="min-w-0">
                    <p className="truncate text-xs text-muted">{account.issuer}</p>
                    <p className="truncate">{account.label}</p>
                    <p aria-label={format(m.codeFor, { name })} className="font-mono text-3xl tracking-widest text-link">
                      {`${code.slice(0, 3)} ${code.slice(3)}`}
                    </p>
                  </div>
                  <div className="flex items-center gap-3">
                    <CountdownRing left={left} period={account.period} label={format(m.secondsLeft, { seconds: left }, locale)} />
                    <button
                      type="button"
                      className="btn-link"
                      aria-label={format(m.removeNamed, { name })}
                      onClick={() => store(accounts.filter((other) => other.id !== account.id))}
                    >
                      {m.remove}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
