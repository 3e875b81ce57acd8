"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { signOutAction } from "@/app/actions";
import { switchBackAction, switchRoleAction } from "@/app/(console)/switchrole/actions";
import { useI18n } from "@/components/i18n/i18n-provider";
import { roleColorClass } from "@/lib/auth/role-colors";
import type { RoleHistoryEntry } from "@/lib/auth/switch-role-form";
import type { ConsoleVersion } from "@/lib/iam/console-version";
import { format } from "@/lib/i18n/messages";
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
  /** The role an IAM user acts as, and that user's name (for "Back to"); null when acting as themselves. */
  switchedRole: (RoleHistoryEntry & { userName: string }) | null;
  /** The roles this browser switched to, newest first (an IAM user's only: the root user cannot switch). */
  roleHistory: RoleHistoryEntry[];
};

/** The account name at the top right, opening the 2021 console's account menu (a disclosure). */
export function AccountMenu({ displayName, principalLabel, accountId, isRoot, mfaUsed, consoleVersion, switchedRole, roleHistory }: AccountMenuProps) {
  const { messages } = useI18n();
  const m = messages.accountMenu;
  const s = messages.switchRole;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState(false);
  // A history entry switches at once, through the same action and checks as the Switch Role page;
  // a refused one opens that page with the entry filled in, where AWS's message can be read.
  const switchTo = (entry: RoleHistoryEntry) =>
    startTransition(async () => {
      const result = await switchRoleAction({ account: entry.account, role: entry.role, displayName: entry.displayName, color: entry.color ?? "" });
      setOpen(false);
      if (!result.ok) {
        const query = new URLSearchParams({ account: entry.account, roleName: entry.role, displayName: entry.displayName, ...(entry.color && { color: entry.color }) });
        return router.push(`/switchrole?${query}`);
      }
      router.push("/iam/home");
      router.refresh();
    });
  const switchBack = () =>
    startTransition(async () => {
      await switchBackAction(undefined);
      setOpen(false);
      router.push("/iam/home");
      router.refresh();
    });
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
        <span
          className={`max-w-[55vw] truncate sm:max-w-56 ${switchedRole ? `rounded-sm px-1.5 text-squid ${roleColorClass(switchedRole.color)}` : ""}`}
          data-testid={switchedRole ? "switched-role" : undefined}
        >
          {displayName}
        </span>
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id={panelId} data-testid="account-menu" className="absolute right-0 z-40 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded-sm border border-line bg-white py-2 text-squid shadow-lg">
          <dl className="border-b border-line px-4 pb-2 text-xs">
            {switchedRole && (
              <>
                <dt className="text-muted">{s.currentlyActiveAs}</dt>
                <dd className="mb-1 font-bold break-all">{switchedRole.displayName}</dd>
              </>
            )}
            <dt className="text-muted">{switchedRole ? s.switchedFrom : isRoot ? m.rootUser : m.iamUser}</dt>
            <dd className="mb-1 font-bold break-all">{principalLabel}</dd>
            <dt className="text-muted">{m.accountId}</dt>
            <dd className="mb-1 font-mono">{accountId}</dd>
            <dd className="text-muted">{mfaUsed ? m.mfaUsed : m.mfaNotUsed}</dd>
          </dl>
          {switchedRole && (
            <button type="button" onClick={switchBack} disabled={pending} className="block w-full px-4 py-2 text-left text-link hover:bg-page">
              {format(s.backTo, { user: switchedRole.userName })}
            </button>
          )}
          <Link href={isRoot && consoleVersion === "2021" ? CREDENTIALS_FROM_ACCOUNT_MENU : "/iam/security-credentials"} className="block px-4 py-2 text-squid hover:bg-page" onClick={() => setOpen(false)}>
            {consoleVersion === "current" ? messages.currentLabels.securityCredentials : m.securityCredentials}
          </Link>
          {/* AWS does not let the root user switch roles: its menu has no such item. */}
          {!isRoot && (
            <Link href="/switchrole" className="block px-4 py-2 text-squid hover:bg-page" onClick={() => setOpen(false)}>
              {consoleVersion === "current" ? s.menuItemCurrent : s.menuItem}
            </Link>
          )}
          {roleHistory.length > 0 && (
            <div className="border-t border-line px-4 py-2">
              <p className="mb-1 text-xs text-muted">{s.roleHistory}</p>
              <ul>
                {roleHistory.map((entry) => (
                  <li key={`${entry.account}/${entry.role}`}>
                    <button type="button" onClick={() => switchTo(entry)} disabled={pending} className="flex w-full items-center gap-2 py-1 text-left text-link break-all">
                      <span aria-hidden="true" className={`inline-block h-3 w-3 shrink-0 rounded-sm border border-line ${roleColorClass(entry.color)}`} />
                      {format(s.topBarLabel, { displayName: entry.displayName, account: entry.account })}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
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
