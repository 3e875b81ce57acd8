import { AccessDenied } from "@/components/access-denied";
import { PageHeader } from "@/components/page-header";
import { requireIdentity } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { denialOf } from "@/lib/iam/authorize";
import { ANY_RESOURCE } from "@/lib/iam/iam-actions";
import { getAccount } from "@/lib/iam/get-account";
import { findPasswordPolicy } from "@/lib/iam/password-policy";
import { getMessages } from "@/lib/i18n/server";
import { AliasSettings } from "./alias-settings";
import { ConsoleVersionSetting } from "./console-version-setting";
import { PasswordPolicySettings } from "./password-policy-settings";
import { forceMfa } from "@/lib/tutorial/lessons/force-mfa";
import { RequireMfaSetting } from "./require-mfa-setting";
import { ResetSandbox } from "./reset-sandbox";

export default async function AccountSettingsPage() {
  const { principal } = await requireIdentity();
  const messages = await getMessages();
  const denial = await denialOf(getDb(), principal, "iam:ListAccountAliases", ANY_RESOURCE);
  if (denial) return <AccessDenied messages={messages} denial={denial} />;
  const m = messages.accountSettings;
  const [account, passwordPolicy] = await Promise.all([getAccount(getDb(), principal.accountId), findPasswordPolicy(getDb(), principal.accountId)]);
  return (
    <>
      <PageHeader title={m.heading} />
      <section className="panel mb-6 max-w-3xl">
        <dl className="details-grid px-5 py-4">
          <dt className="text-muted">{m.accountId}</dt>
          <dd className="font-mono">{account.accountId}</dd>
          <dt className="text-muted">{m.accountName}</dt>
          <dd>{account.name}</dd>
          {principal.isRoot && (
            <>
              <dt className="text-muted">{m.rootEmail}</dt>
              <dd>{account.rootEmail}</dd>
            </>
          )}
        </dl>
      </section>
      {principal.isRoot && <ConsoleVersionSetting version={principal.consoleVersion} />}
      <AliasSettings alias={account.alias} />
      <PasswordPolicySettings policy={passwordPolicy} />
      {/* Keyed by the stored value: the checkbox keeps its own state, which a reset would leave stale. */}
      <RequireMfaSetting
        key={String(account.requireMfaForApi)}
        required={account.requireMfaForApi}
        lessonId={forceMfa.consoleVersion === principal.consoleVersion ? forceMfa.id : undefined}
      />
      {principal.isRoot && <ResetSandbox accountId={account.accountId} isDemo={account.isDemo} />}
    </>
  );
}
