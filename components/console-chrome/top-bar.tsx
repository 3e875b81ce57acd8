import Link from "next/link";
import type { Messages } from "@/lib/i18n/en";
import { AccountMenu, type AccountMenuProps } from "./account-menu";

export function TopBar({ messages, account }: { messages: Messages; account: AccountMenuProps }) {
  return (
    <header className="flex h-10 items-center justify-between bg-navy px-4 text-white">
      <div className="flex items-center gap-6">
        <Link href="/iam/home" className="text-xl font-bold text-white hover:no-underline" aria-label="AWS">
          {messages.common.awsLogo}
        </Link>
        <span className="font-bold">{messages.nav.services} ▾</span>
      </div>
      <nav aria-label={messages.accountMenu.label} className="flex items-center gap-4">
        <AccountMenu {...account} />
        <span className="text-[#d5dbdb]">{messages.nav.global}</span>
        <span className="text-[#d5dbdb]">{messages.nav.support}</span>
      </nav>
    </header>
  );
}
