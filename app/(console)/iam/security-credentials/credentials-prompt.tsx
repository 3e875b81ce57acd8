"use client";

import Link from "next/link";
import { useState, useSyncExternalStore } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Modal } from "@/components/modal";

const dismissedKey = (accountId: string) => `mock-iam:credentials-prompt:${accountId}`;

function dismissedIn(accountId: string): boolean {
  try {
    return window.localStorage.getItem(dismissedKey(accountId)) === "1";
  } catch {
    return false;
  }
}

const noSubscription = () => () => {};

/**
 * The 2021 console's prompt to a root user opening My Security Credentials: continue to the account's
 * credentials, or get started with IAM users instead. "Don't show me this message again" is kept in
 * this browser, per account.
 */
export function CredentialsPrompt({ accountId }: { accountId: string }) {
  const { messages } = useI18n();
  const m = messages.securityCredentials;
  // Read on the client only: the server renders no prompt, so nothing differs when the page hydrates.
  const dismissed = useSyncExternalStore(noSubscription, () => dismissedIn(accountId), () => true);
  const [closed, setClosed] = useState(false);
  const [dontShow, setDontShow] = useState(false);
  if (dismissed || closed) return null;
  const close = () => {
    if (dontShow) {
      try {
        window.localStorage.setItem(dismissedKey(accountId), "1");
      } catch {
        // Storage refused: the prompt comes again next time, as it would in a private window.
      }
    }
    setClosed(true);
  };
  return (
    <Modal
      title={m.promptTitle}
      onClose={close}
      footer={
        <>
          <Link href="/iam/users" className="btn-normal" onClick={close}>
            {m.promptIamUsers}
          </Link>
          <button type="button" className="btn-primary" onClick={close}>
            {m.promptContinue}
          </button>
        </>
      }
    >
      <p className="mb-3">{m.promptBody}</p>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={dontShow} onChange={(event) => setDontShow(event.target.checked)} />
        {m.promptDontShow}
      </label>
    </Modal>
  );
}
