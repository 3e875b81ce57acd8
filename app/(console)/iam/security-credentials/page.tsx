import { Alert } from "@/components/alert";
import { FROM_ACCOUNT_MENU } from "@/components/console-chrome/credentials-link";
import { ExpandableSection } from "@/components/expandable-section";
import { AccessKeysPanel } from "@/components/access-keys/access-keys-panel";
import { CurrentMfaPanel } from "@/components/mfa-current/mfa-panel";
import { MfaDevicesPanel } from "@/components/mfa-wizard/mfa-devices-panel";
import { PageHeader } from "@/components/page-header";
import { Panel } from "@/components/panel";
import { Tabs } from "@/components/tabs";
import { requireIdentity } from "@/lib/auth/session";
import { env } from "@/lib/config/env";
import { iamSettings } from "@/lib/config/iam-settings";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format-date";
import { ACCESS_KEYS_PER_USER } from "@/lib/iam/access-keys";
import { isIamError } from "@/lib/iam/errors";
import { getLoginProfile } from "@/lib/iam/get-login-profile";
import { findPasswordPolicy } from "@/lib/iam/password-policy";
import { passwordPolicyRules } from "@/components/password-policy-rules";
import { listAccessKeys } from "@/lib/iam/list-access-keys";
import { listMfaDevices } from "@/lib/iam/list-mfa-devices";
import { mfaDevicesPerUserQuota } from "@/lib/iam/quotas";
import { format } from "@/lib/i18n/messages";
import { getLocale, getMessages, getTimeZone } from "@/lib/i18n/server";
import { createAccessKeyAction, deleteAccessKeyAction, updateAccessKeyAction } from "./access-key-actions";
import { ChangePassword } from "./change-password";
import { MFA_ACTIONS } from "./mfa-actions";
import { CredentialsPrompt } from "./credentials-prompt";
const ACCESS_KEY_ACTIONS = { create: createAccessKeyAction, update: updateAccessKeyAction, remove: deleteAccessKeyAction };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A section's read, or AWS's denial of it (shown in the section's place, as the console does); other errors propagate. */
function orDenial<T>(read: Promise<T>): Promise<{ value: T } | { denial: string }> {
  return read.then(
    (value) => ({ value }),
    (error: unknown) => {
      if (isIamError(error) && error.code === "AccessDenied") return { denial: error.message };
      throw error;
    },
  );
}

export default async function SecurityCredentialsPage({ searchParams }: { searchParams: SearchParams }) {
  const { principal, switchedRole } = await requireIdentity();
  const [messages, locale, timeZone, query] = await Promise.all([getMessages(), getLocale(), getTimeZone(), searchParams]);
  const m = messages.securityCredentials;
  // A role session has no credentials of its own (AWS answers "Must specify userName when calling with
  // non-User credentials"): the page says so instead of reading the caller's own.
  if (principal.roleSession) {
    return (
      <>
        <PageHeader title={m.userHeading} />
        <Alert tone="info" title={messages.switchRole.roleSessionHeading}>
          {format(messages.switchRole.roleSessionCredentials, { role: principal.roleSession.roleName, user: switchedRole?.user.userName ?? "" })}
        </Alert>
      </>
    );
  }
  const db = getDb();
  const [devices, loginProfile, keys, policy] = await Promise.all([
    listMfaDevices(db, { actor: principal }),
    getLoginProfile(db, principal),
    orDenial(listAccessKeys(db, { actor: principal })),
    principal.isRoot ? null : findPasswordPolicy(db, principal.accountId),
  ]);
  // The root user's password follows AWS's default; an IAM user's, the account's policy.
  const passwordRules = passwordPolicyRules(messages.passwordPolicy, policy, locale);
  const lastUsed = loginProfile.passwordLastUsed ? formatDateTime(loginProfile.passwordLastUsed, locale, timeZone) : messages.common.never;

  const limit = mfaDevicesPerUserQuota(iamSettings(), principal);
  const current = principal.consoleVersion === "current";
  const currentMfaPanel = (
    <CurrentMfaPanel
      devices={devices.map((device) => ({ serialNumber: device.serialNumber, kind: device.kind, createdOn: formatDateTime(device.enableDate, locale, timeZone) }))}
      actions={MFA_ACTIONS}
      limit={limit}
      practiceAuthenticator={env().PRACTICE_AUTHENTICATOR}
      assigned={query.mfaAssigned === "1"}
    />
  );
  const mfa = (
    <>
      <p className="mb-3 text-muted">{m.mfaIntro}</p>
      <MfaDevicesPanel
        devices={devices.map((device) => ({ serialNumber: device.serialNumber, kind: device.kind, enabledAt: formatDateTime(device.enableDate, locale, timeZone) }))}
        actions={MFA_ACTIONS}
        isRoot={principal.isRoot}
        canAssignMore={devices.length < limit}
        practiceAuthenticator={env().PRACTICE_AUTHENTICATOR}
      />
    </>
  );

  const accessKeys = "denial" in keys ? (
    <Alert tone="error" title={messages.errors.accessDeniedHeading}>
      <p className="font-mono text-sm break-all">{keys.denial}</p>
    </Alert>
  ) : (
    <>
      <p className="mb-3 text-muted">{messages.accessKeys.intro}</p>
      <AccessKeysPanel
        keys={keys.value.map((key) => ({
          accessKeyId: key.accessKeyId,
          status: key.status,
          created: formatDateTime(key.createDate, locale, timeZone),
          lastUsed: key.lastUsedDate && formatDateTime(key.lastUsedDate, locale, timeZone),
        }))}
        actions={ACCESS_KEY_ACTIONS}
        maxKeys={ACCESS_KEYS_PER_USER}
      />
    </>
  );

  if (principal.isRoot) {
    return (
      <>
        <PageHeader title={m.rootHeading} />
        {!current && query.from === FROM_ACCOUNT_MENU && <CredentialsPrompt accountId={principal.accountId} />}
        <p className="mb-4 max-w-4xl">{m.rootIntro}</p>
        {current && currentMfaPanel}
        <div className="panel max-w-5xl">
          <ExpandableSection title={m.passwordSection}>
            <p className="mb-3">
              {m.passwordLastUsed}: {lastUsed}
            </p>
            <ChangePassword rules={passwordRules} />
          </ExpandableSection>
          {!current && (
            // The dashboard's Manage MFA comes here with the section open (?section=mfa).
            <ExpandableSection title={m.mfaSection} tutorialTarget="mfa-section" defaultOpen={query.section === "mfa"}>
              {mfa}
            </ExpandableSection>
          )}
          <ExpandableSection title={messages.accessKeys.section}>{accessKeys}</ExpandableSection>
          <ExpandableSection title={m.accountIdentifiers}>
            <p>
              {m.accountId}: <span className="font-mono">{principal.accountId}</span>
            </p>
          </ExpandableSection>
        </div>
      </>
    );
  }

  return (
    <>
      <PageHeader title={m.userHeading} />
      <Tabs label={m.userHeading} tabs={[{ id: "iam-credentials", label: m.iamCredentialsTab }]} selected="iam-credentials">
        <Panel title={m.consoleSignIn} className="max-w-5xl">
          <p className="mb-3">
            {m.passwordLastUsed}: {lastUsed}
          </p>
          {loginProfile.hasPassword && <ChangePassword rules={passwordRules} />}
        </Panel>
        {current ? (
          currentMfaPanel
        ) : (
          <Panel title={m.mfaSection} id="mfa-section" className="max-w-5xl">
            {mfa}
          </Panel>
        )}
        <Panel title={messages.accessKeys.section} className="max-w-5xl">
          {accessKeys}
        </Panel>
      </Tabs>
    </>
  );
}
