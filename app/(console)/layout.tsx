import type { ReactNode } from "react";
import { SideNav } from "@/components/console-chrome/side-nav";
import { TopBar } from "@/components/console-chrome/top-bar";
import { Footer } from "@/components/footer";
import { readRoleHistory } from "@/lib/auth/role-cookies";
import { requireIdentity } from "@/lib/auth/session";
import { format } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const { principal, mfaAuthenticatedAt, switchedRole } = await requireIdentity();
  const messages = await getMessages();
  const accountLabel = principal.accountAlias ?? principal.accountId;
  // As AWS's 2021 navigation bar: the account's name for the root user, "user @ alias" for an IAM user,
  // and a switched role's display name "@" the account it was switched in.
  const user = switchedRole?.user ?? principal;
  const displayName = switchedRole
    ? format(messages.switchRole.topBarLabel, { displayName: switchedRole.view.displayName, account: switchedRole.view.account })
    : principal.isRoot
      ? principal.accountName
      : `${principal.userName} @ ${accountLabel}`;
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only">
        {messages.nav.skipToContent}
      </a>
      <TopBar
        messages={messages}
        account={{
          displayName,
          principalLabel: user.isRoot ? accountLabel : (user.userName ?? ""),
          accountId: principal.accountId,
          isRoot: principal.isRoot,
          mfaUsed: mfaAuthenticatedAt !== null,
          consoleVersion: principal.consoleVersion,
          switchedRole: switchedRole && { ...switchedRole.view, userName: user.userName ?? "" },
          roleHistory: user.isRoot ? [] : await readRoleHistory(),
        }}
      />
      <div className="flex flex-1 flex-col md:flex-row">
        <SideNav />
        <main id="main" className="min-w-0 flex-1 px-4 py-4 md:px-8 md:py-6">
          {children}
        </main>
      </div>
      <Footer messages={messages} dark />
    </div>
  );
}
