import { ExpandableSection } from "@/components/expandable-section";
import { AccessKeysPanel } from "@/components/access-keys/access-keys-panel";
import { MfaDevicesPanel } from "@/components/mfa-wizard/mfa-devices-panel";
import { PageHeader } from "@/components/page-header";
import { requireIdentity } from "@/lib/auth/session";
import { env } from "@/lib/config/env";
import { iamSettings } from "@/lib/config/iam-settings";
import { getDb } from "@/lib/db/client";
import { mfaDeviceLimit } from "@/lib/iam/mfa-device-limit";
import { formatDateTime } from "@/lib/format-date";
import { ACCESS_KEYS_PER_USER } from "@/lib/iam/access-keys";
import { getLoginProfile } from "@/lib/iam/get-login-profile";
import { listAccessKeys } from "@/lib/iam/list-access-keys";
import { listMfaDevices } from "@/lib/iam/list-mfa-devices";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { createAccessKeyAction, deleteAccessKeyAction, updateAccessKeyAction } from "./access-key-actions";
import { assignMfaAction, removeMfaAction, resyncMfaAction, startMfaSetupAction } from "./actions";
import { ChangePassword } from "./change-password";

const MFA_ACTIONS = { start: startMfaSetupAction, assign: assignMfaAction, resync: resyncMfaAction, remove: removeMfaAction };
const ACCESS_KEY_ACTIONS = { create: createAccessKeyAction, update: updateAccessKeyAction, remove: deleteAccessKeyAction };

export default async function SecurityCredentialsPage() {
  const { principal } = await requireIdentity();
  const [messages, locale] = await Promise.all([getMessages(), getLocale()]);
  const m = messages.securityCredentials;
  const db = getDb();
  const [devices, loginProfile, keys] = await Promise.all([
    listMfaDevices(db, { actor: principal }),
    getLoginProfile(db, principal),
    listAccessKeys(db, { actor: principal }),
  ]);
  const lastUsed = loginProfile.passwordLastUsed ? formatDateTime(loginProfile.passwordLastUsed, locale) : messages.common.never;

  const mfa = (
    <>
      <p className="mb-3 text-muted">{m.mfaIntro}</p>
      <MfaDevicesPanel
        devices={devices.map((device) => ({ serialNumber: device.serialNumber, enabledAt: formatDateTime(device.enableDate, locale) }))}
        actions={MFA_ACTIONS}
        isRoot={principal.isRoot}
        canAssignMore={devices.length < mfaDeviceLimit(principal.consoleVersion, iamSettings())}
        practiceAuthenticator={env().PRACTICE_AUTHENTICATOR}
      />
    </>
  );

  const accessKeys = (
    <>
      <p className="mb-3 text-muted">{messages.accessKeys.intro}</p>
      <AccessKeysPanel
        keys={keys.map((key) => ({
          accessKeyId: key.accessKeyId,
          status: key.status,
          created: formatDateTime(key.createDate, locale),
          lastUsed: key.lastUsedDate && formatDateTime(key.lastUsedDate, locale),
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
        <p className="mb-4 max-w-4xl">{m.rootIntro}</p>
        <div className="panel max-w-5xl">
          <ExpandableSection title={m.passwordSection}>
            <p className="mb-3">
              {m.passwordLastUsed}: {lastUsed}
            </p>
            <ChangePassword />
          </ExpandableSection>
          <ExpandableSection title={m.mfaSection} tutorialTarget="mfa-section">
            {mfa}
          </ExpandableSection>
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
      <div role="tablist" className="mb-0 flex border-b border-line">
        <span role="tab" tabIndex={0} aria-selected="true" id="iam-credentials-tab" aria-controls="iam-credentials" className="border-b-2 border-orange px-4 py-2 font-bold">
          {m.iamCredentialsTab}
        </span>
      </div>
      <div role="tabpanel" id="iam-credentials" aria-labelledby="iam-credentials-tab" className="max-w-5xl space-y-6 pt-4">
        <section className="panel" aria-labelledby="console-sign-in">
          <h2 id="console-sign-in" className="panel-header">
            {m.consoleSignIn}
          </h2>
          <div className="px-5 py-4">
            <p className="mb-3">
              {m.passwordLastUsed}: {lastUsed}
            </p>
            {loginProfile.hasPassword && <ChangePassword />}
          </div>
        </section>
        <section className="panel" aria-labelledby="mfa-section">
          <h2 id="mfa-section" className="panel-header">
            {m.mfaSection}
          </h2>
          <div className="px-5 py-4">{mfa}</div>
        </section>
        <section className="panel" aria-labelledby="access-keys-section">
          <h2 id="access-keys-section" className="panel-header">
            {messages.accessKeys.section}
          </h2>
          <div className="px-5 py-4">{accessKeys}</div>
        </section>
      </div>
    </>
  );
}
