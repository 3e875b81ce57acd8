import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/access-denied";
import { Alert } from "@/components/alert";
import { CurrentMfaPanel } from "@/components/mfa-current/mfa-panel";
import { AssignedMfaDevice } from "@/components/mfa-wizard/assigned-mfa-device";
import { PageHeader } from "@/components/page-header";
import { Panel } from "@/components/panel";
import { Tabs } from "@/components/tabs";
import { requireIdentity } from "@/lib/auth/session";
import { env } from "@/lib/config/env";
import { iamSettings } from "@/lib/config/iam-settings";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format-date";
import { isAllowed } from "@/lib/iam/authorize";
import { userResource } from "@/lib/iam/iam-actions";
import { isIamError } from "@/lib/iam/errors";
import { getUser } from "@/lib/iam/get-user";
import { listMfaDevices } from "@/lib/iam/list-mfa-devices";
import type { Principal } from "@/lib/iam/principal";
import { mfaDevicesPerUserQuota } from "@/lib/iam/quotas";
import { userNameSchema } from "@/lib/iam/validation";
import { decodeSegment } from "@/lib/http/path-segment";
import { format } from "@/lib/i18n/messages";
import { getLocale, getMessages, getTimeZone } from "@/lib/i18n/server";
import { MFA_ACTIONS } from "@/app/(console)/iam/security-credentials/mfa-actions";
import { UserGroupsPanel } from "@/app/(console)/iam/groups/user-groups-panel";
import { PermissionsPanel } from "@/app/(console)/iam/permissions/permissions-panel";
import { userPath } from "../../user-path";
import { DeleteUserButton } from "./delete-user-button";

type Params = Promise<{ userName: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The user and their MFA devices; null when the caller may not see them, not found when there is no such user. */
async function loadUser(actor: Principal, userName: string) {
  const db = getDb();
  try {
    const [user, devices] = await Promise.all([getUser(db, { actor, userName }), listMfaDevices(db, { actor, userName })]);
    const mayDelete = await isAllowed(db, actor, "iam:DeleteUser", userResource(actor.accountId, user.path, user.userName));
    return { user, devices, mayDelete };
  } catch (error) {
    if (isIamError(error) && error.code === "AccessDenied") return null;
    if (isIamError(error) && error.code === "NoSuchEntity") notFound();
    throw error;
  }
}

/** The user page's tabs, as the 2021 console orders them; Security credentials opens by default (the MFA lessons start there). */
const USER_TABS = ["permissions", "groups", "user-credentials"] as const;
type UserTab = (typeof USER_TABS)[number];
const tabOf = (value: unknown): UserTab => (USER_TABS.includes(value as UserTab) ? (value as UserTab) : "user-credentials");

/** The 2021 console's user page: summary; the Permissions and Groups tabs; the Security credentials tab an administrator manages MFA on. */
export default async function UserPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { principal } = await requireIdentity();
  const name = userNameSchema.safeParse(decodeSegment((await params).userName));
  if (!name.success) notFound();
  const [messages, locale, timeZone] = await Promise.all([getMessages(), getLocale(), getTimeZone()]);

  const loaded = await loadUser(principal, name.data);
  if (!loaded) return <AccessDenied messages={messages} />;
  const { user, devices, mayDelete } = loaded;
  const m = messages.userDetail;
  const query = await searchParams;
  const created = query.created === "1";
  const tab = tabOf(query.tab);
  const href = (id: UserTab) => (id === "user-credentials" ? userPath(user.userName) : `${userPath(user.userName)}?tab=${id}`);
  const tabLabels: Record<UserTab, string> = { permissions: messages.permissions.tab, groups: messages.permissions.groupsTab, "user-credentials": m.securityCredentialsTab };
  const current = principal.consoleVersion === "current";
  const limit = mfaDevicesPerUserQuota(iamSettings(), principal);

  return (
    <ClientMessages namespaces={["assignMfa", "authenticator", "manageMfa", "mfaPanel", "mfaWizard", "practiceTokens", "securityCredentials", "userDetail", "policyEditor"]}>
      <PageHeader title={user.userName}>{mayDelete && <DeleteUserButton userName={user.userName} />}</PageHeader>
      {created && <Alert tone="success">{format(m.created, { name: user.userName })}</Alert>}
      <Panel title={m.summary} className="mb-6 max-w-5xl">
        <dl className="details-grid">
          <dt className="text-muted">{m.userArn}</dt>
          <dd className="font-mono break-all">{user.arn}</dd>
          <dt className="text-muted">{m.path}</dt>
          <dd className="font-mono">{user.path}</dd>
          <dt className="text-muted">{m.createdAt}</dt>
          <dd>{formatDateTime(user.createDate, locale, timeZone)}</dd>
          <dt className="text-muted">{m.permissions}</dt>
          <dd>{user.administrator ? m.administrator : m.selfManage}</dd>
        </dl>
      </Panel>
      <Tabs
        label={m.tabs}
        tabs={USER_TABS.map((id) => ({ id, label: tabLabels[id], href: href(id), tutorial: id === "permissions" ? "permissions-tab" : undefined }))}
        selected={tab}
      >
        {tab === "permissions" && <PermissionsPanel owner={{ kind: "user", name: user.userName }} actor={principal} messages={messages} />}
        {tab === "groups" && <UserGroupsPanel userName={user.userName} actor={principal} messages={messages} locale={locale} timeZone={timeZone} />}
        {tab === "user-credentials" && (
          <>
            <Panel title={m.signInCredentials} className="max-w-5xl">
              <dl className="details-grid items-center">
                <dt className="text-muted">{m.consolePassword}</dt>
                <dd>{user.loginProfile ? format(m.enabledOn, { date: formatDateTime(user.loginProfile.createDate, locale, timeZone) }) : m.disabled}</dd>
                <dt className="text-muted">{m.lastSignIn}</dt>
                <dd>{user.passwordLastUsed ? formatDateTime(user.passwordLastUsed, locale, timeZone) : messages.common.never}</dd>
                {!current && (
                  <AssignedMfaDevice
                    userName={user.userName}
                    serialNumbers={devices.map((device) => device.serialNumber)}
                    actions={MFA_ACTIONS}
                    canAssignMore={devices.length < limit}
                    practiceAuthenticator={env().PRACTICE_AUTHENTICATOR}
                  />
                )}
              </dl>
            </Panel>
            {current && (
              <CurrentMfaPanel
                userName={user.userName}
                devices={devices.map((device) => ({ serialNumber: device.serialNumber, kind: device.kind, createdOn: formatDateTime(device.enableDate, locale, timeZone) }))}
                actions={MFA_ACTIONS}
                limit={limit}
                practiceAuthenticator={env().PRACTICE_AUTHENTICATOR}
              />
            )}
          </>
        )}
      </Tabs>
    </ClientMessages>
  );
}
