"use client";

import { useEffect, useState, useTransition } from "react";
import { Alert } from "@/components/alert";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatDateTime } from "@/lib/format-date";
import { format } from "@/lib/i18n/messages";
import { fobTime, loadTokenSet, parseTokenSet, type PracticeTokenSet, saveTokenSet, tokenCodeAt } from "@/lib/practice-authenticator/tokens";
import { CountdownRing } from "./practice-authenticator";

const STEP_SECONDS = 30;

/**
 * The sandbox's practice hardware TOTP tokens, shown as key fobs: serial number and the code on the
 * display. Loaded while signed in to the console in this browser, then kept here, so a sign-in later
 * (after signing out) still finds its code.
 */
export function PracticeTokens() {
  const { locale, messages } = useI18n();
  const m = messages.practiceTokens;
  const [set, setSet] = useState<PracticeTokenSet | null>(null);
  const [realNow, setRealNow] = useState(() => Date.now());
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    setSet(loadTokenSet(window.localStorage));
    const timer = window.setInterval(() => setRealNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  const load = () =>
    startTransition(async () => {
      const response = await fetch("/api/practice-tokens", { cache: "no-store" });
      const loaded = response.ok ? parseTokenSet(await response.json()) : null;
      if (!loaded) return setError(m.signedOut);
      setError(undefined);
      saveTokenSet(window.localStorage, loaded);
      setSet(loaded);
    });

  // The fobs run on the account's clock, as the server that checks their codes does.
  const now = set ? fobTime(set, realNow) : realNow;
  const left = STEP_SECONDS - (Math.floor(now / 1000) % STEP_SECONDS);
  const expired = set !== null && new Date(set.until).getTime() <= now;
  return (
    <section id="practice-tokens" aria-labelledby="practice-tokens-heading" className="panel mt-6 max-w-5xl p-5">
      <h2 id="practice-tokens-heading" className="mb-2 text-lg font-bold">
        {m.heading}
      </h2>
      <p className="mb-3 text-muted">{m.intro}</p>
      {error && <Alert tone="error">{error}</Alert>}
      {expired && <Alert tone="info">{m.expired}</Alert>}
      <button type="button" className="btn-primary mb-4" disabled={pending} onClick={load}>
        {set ? m.reload : m.load}
      </button>
      {set && (
        <>
          <p className="mb-3 text-xs text-muted">{format(m.loadedFor, { accountId: set.accountId, time: formatDateTime(new Date(set.until), locale, Intl.DateTimeFormat().resolvedOptions().timeZone) })}</p>
          <ul className="grid gap-4 sm:grid-cols-2">
            {set.tokens.map((token) => {
              const code = tokenCodeAt(token, now);
              return (
                <li key={token.serialNumber} className="rounded-lg border-2 border-squid bg-[#232f3e] p-4 text-white">
                  <p className="text-xs">{format(m.serial, { serial: token.serialNumber })}</p>
                  <p className="text-xs text-[#d5dbdb]">
                    {token.assignedTo ? format(m.assignedTo, { name: token.assignedTo === "root" ? m.rootUser : token.assignedTo }) : m.available}
                  </p>
                  <div className="mt-2 flex items-center justify-between rounded-sm bg-[#c9d6a3] px-3 py-2 text-squid">
                    <p aria-label={format(m.codeFor, { serial: token.serialNumber })} className="font-mono text-3xl tracking-widest">
                      {code ?? "------"}
                    </p>
                    <CountdownRing left={left} period={STEP_SECONDS} label={format(messages.authenticator.secondsLeft, { seconds: left }, locale)} />
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
