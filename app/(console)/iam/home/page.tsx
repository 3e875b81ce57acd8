import Link from "next/link";
import { headers } from "next/headers";
import { Alert } from "@/components/alert";
import { PageHeader } from "@/components/page-header";
import { Panel } from "@/components/panel";
import { TutorialList } from "@/components/tutorial/tutorial-list";
import { originFrom } from "@/lib/auth/request-context";
import { requireIdentity } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { isAllowed } from "@/lib/iam/authorize";
import { ANY_RESOURCE } from "@/lib/iam/iam-actions";
import { getAccountSummary } from "@/lib/iam/get-account-summary";
import { format } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { SandboxExpiryNotice } from "./sandbox-expiry-notice";

export default async function DashboardPage() {
  const { principal } = await requireIdentity();
  const messages = await getMessages();
  const m = messages.dashboard;
  const [mayCustomize, maySummarize] = await Promise.all([
    isAllowed(getDb(), principal, "iam:CreateAccountAlias", ANY_RESOURCE),
    isAllowed(getDb(), principal, "iam:GetAccountSummary", ANY_RESOURCE),
  ]);
  const signInUrl = `${originFrom(await headers())}/signin?account=${principal.accountAlias ?? principal.accountId}`;
  const signInUrlSection = (
    <Panel title={m.signInUrl} className="mb-6" bodyClassName="flex flex-wrap items-center justify-between gap-3 px-5 py-4">
      <p className="font-mono break-all" data-testid="iam-sign-in-url">
        <a href={signInUrl}>{signInUrl}</a>
      </p>
      {mayCustomize && (
        <Link href="/iam/account-settings" className="btn-normal">
          {m.aliasCustomize}
        </Link>
      )}
    </Panel>
  );
  if (!maySummarize) {
    return (
      <>
        <PageHeader title={m.heading} />
        {signInUrlSection}
        <TutorialList consoleVersion={principal.consoleVersion} />
        <Alert tone="info">{messages.adminDashboard.summaryDenied}</Alert>
      </>
    );
  }

  const summary = await getAccountSummary(getDb(), { actor: principal });

  const status = [
    {
      done: summary.AccountMFAEnabled === 1,
      label: summary.AccountMFAEnabled === 1 ? m.rootMfaDone : m.rootMfaItem,
      action: { href: "/iam/security-credentials", label: m.manageMfa },
    },
    {
      done: summary.Users > 0,
      label: summary.Users > 0 ? m.usersDone : m.usersItem,
      action: { href: "/iam/users", label: m.manageUsers },
    },
  ];
  const done = status.filter((item) => item.done).length;

  return (
    <>
      <PageHeader title={m.heading} />
      <SandboxExpiryNotice principal={principal} />
      {signInUrlSection}
      <TutorialList consoleVersion={principal.consoleVersion} />
      <Panel title={m.resources} className="mb-6">
        <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
          {(
            [
              [m.usersCount, summary.Users],
              [m.mfaDevicesCount, summary.MFADevices],
              [m.mfaDevicesInUseCount, summary.MFADevicesInUse],
              [m.rootMfa, summary.AccountMFAEnabled],
            ] as const
          ).map(([label, value]) => (
            <div key={label}>
              <dt className="text-muted">{label}</dt>
              <dd className="text-2xl text-link">{value}</dd>
            </div>
          ))}
        </dl>
      </Panel>
      <Panel
        title={
          <>
            {m.securityStatus}
            <span className="ml-3 text-sm font-normal text-muted">{format(m.securityStatusSummary, { done, total: status.length })}</span>
          </>
        }
        bodyClassName=""
      >
        <ul className="divide-y divide-line">
          {status.map((item) => (
            <li key={item.label} className="flex items-center justify-between px-5 py-3">
              <span className="flex items-center gap-2">
                <span aria-hidden="true" className={item.done ? "text-success" : "text-orange"}>
                  {item.done ? "✔" : "⚠"}
                </span>
                <span>{item.label}</span>
                <span className="sr-only">({item.done ? m.complete : m.incomplete})</span>
              </span>
              <Link href={item.action.href} className="btn-normal">
                {item.action.label}
              </Link>
            </li>
          ))}
        </ul>
      </Panel>
    </>
  );
}
