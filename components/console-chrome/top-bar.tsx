import Link from "next/link";
import type { Messages } from "@/lib/i18n/en";
import { AccountMenu, type AccountMenuProps } from "./account-menu";

/**
 * The 2021 console's navigation bar. "Services", "Global" and "Support" lead nowhere in this lab, so they
 * are plain text, not controls that look like menus; on a phone only the logo and the account menu stay.
 */
export function TopBar({ messages, account }: { messages: Messages; account: AccountMenuProps }) {
  return (
    <header className="flex h-10 items-center justify-between gap-4 bg-navy px-4 text-white">
      <div className="flex min-w-0 items-center gap-6">
        <Link href="/iam/home" className="text-xl font-bold text-white hover:no-underline" aria-label="AWS">
          {messages.common.awsLogo}
        </Link>
        <span className="hidden font-bold sm:inline">{messages.nav.services}</span>
      </div>
      <nav aria-label={messages.accountMenu.label} className="flex min-w-0 items-center gap-4">
        <AccountMenu {...account} />
        <span className="hidden text-[#d5dbdb] sm:inline">{messages.nav.global}</span>
        <span className="hidden text-[#d5dbdb] sm:inline">{messages.nav.support}</span>
      </nav>
    </header>
  );
}
