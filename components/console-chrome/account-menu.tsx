"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { signOutAction } from "@/app/actions";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { ConsoleVersion } from "@/lib/iam/console-version";
import { CREDENTIALS_FROM_ACCOUNT_MENU } from "./credentials-link";

export type AccountMenuProps = {
  /** What the top bar shows: the user name @ account, or the account name for the root user. */
  displayName: string;
  principalLabel: string;
  accountId: string;
  isRoot: boolean;
  mfaUsed: boolean;
  /** "My Security Credentials" became "Security credentials" in the current console. */
  consoleVersion: ConsoleVersion;
};

/** The account name at the top right, opening the 2021 console's account menu (a disclosure). */
export function AccountMenu({ displayName, principalLabel, accountId, isRoot, mfaUsed, consoleVersion }: AccountMenuProps) {
  const { messages } = useI18n();
  const m = messages.accountMenu;
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !container.current?.contains(event.target as Node)) {
        setOpen(false);
      }
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  return (
    <div ref={container} className="relative min-w-0">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`${m.label}: ${displayName}`}
        data-tutorial="account-menu"
        onClick={() => setOpen(!open)}
        className="flex max-w-full items-center gap-1 px-2 py-1 text-white hover:text-orange"
      >
        <span className="max-w-[55vw] truncate sm:max-w-56">{displayName}</span>
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id={panelId} data-testid="account-menu" className="absolute right-0 z-40 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded-sm border border-line bg-white py-2 text-squid shadow-lg">
          <dl className="border-b border-line px-4 pb-2 text-xs">
            <dt className="text-muted">{isRoot ? m.rootUser : m.iamUser}</dt>
            <dd className="mb-1 font-bold break-all">{principalLabel}</dd>
            <dt className="text-muted">{m.accountId}</dt>
            <dd className="mb-1 font-mono">{accountId}</dd>
            <dd className="text-muted">{mfaUsed ? m.mfaUsed : m.mfaNotUsed}</dd>
          </dl>
          <Link href={isRoot && consoleVersion === "2021" ? CREDENTIALS_FROM_ACCOUNT_MENU : "/iam/security-credentials"} className="block px-4 py-2 text-squid hover:bg-page" onClick={() => setOpen(false)}>
            {consoleVersion === "current" ? messages.currentLabels.securityCredentials : m.securityCredentials}
          </Link>
          <form action={signOutAction} className="border-t border-line px-4 pt-2">
            <button type="submit" className="btn-normal w-full">
              {m.signOut}
            </button>
          </form>
        </div>
      )}
    </div>
  );
}
