import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/access-denied";
import { Alert } from "@/components/alert";
import { AssignedMfaDevice } from "@/components/mfa-wizard/assigned-mfa-device";
import { PageHeader } from "@/components/page-header";
import { requireIdentity } from "@/lib/auth/session";
import { iamSettings } from "@/lib/config/iam-settings";
import { getDb } from "@/lib/db/client";
import { mfaDeviceLimit } from "@/lib/iam/mfa-device-limit";
import { formatDateTime } from "@/lib/format-date";
import { isAccountAdministrator } from "@/lib/iam/authorization";
import { isIamError } from "@/lib/iam/errors";
import { getUser } from "@/lib/iam/get-user";
import { listMfaDevices } from "@/lib/iam/list-mfa-devices";
import type { Principal } from "@/lib/iam/principal";
import { userNameSchema } from "@/lib/iam/validation";
import { format } from "@/lib/i18n/messages";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { assignMfaAction, removeMfaAction, resyncMfaAction, startMfaSetupAction } from "@/app/(console)/iam/security-credentials/actions";
import { DeleteUserButton } from "./delete-user-button";

const MFA_ACTIONS = { start: startMfaSetupAction, assign: assignMfaAction, resync: resyncMfaAction, remove: removeMfaAction };

type Params = Promise<{ userName: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The user name from the path segment, which may arrive still percent-encoded ("+", "=", ",", "@"). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The user and their MFA devices; null when the caller may not see them, not found when there is no such user. */
async function loadUser(actor: Principal, userName: string) {
  const db = getDb();
  try {
    const [user, devices] = await Promise.all([getUser(db, { actor, userName }), listMfaDevices(db, { actor, userName })]);
    return { user, devices };
  } catch (error) {
    if (isIamError(error) && error.code === "AccessDenied") return null;
    if (isIamError(error) && error.code === "NoSuchEntity") notFound();
    throw error;
  }
}

/** The 2021 console's user page: summary, and the Security credentials tab an administrator manages MFA on. */
export default async function UserPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { principal } = await requireIdentity();
  const name = userNameSchema.safeParse(decodeSegment((await params).userName));
  if (!name.success) notFound();
  const [messages, locale] = await Promise.all([getMessages(), getLocale()]);

  const loaded = await loadUser(principal, name.data);
  if (!loaded) return <AccessDenied messages={messages} />;
  const { user, devices } = loaded;
  const m = messages.userDetail;
  const created = (await searchParams).created === "1";

  return (
    <>
      <PageHeader title={user.userName}>{isAccountAdministrator(principal) && <DeleteUserButton userName={user.userName} />}</PageHeader>
      {created && <Alert tone="success">{format(m.created, { name: user.userName })}</Alert>}
      <section className="panel mb-6 max-w-5xl" aria-labelledby="user-summary">
        <h2 id="user-summary" className="panel-header">
          {m.summary}
        </h2>
        <dl className="grid grid-cols-[12rem_1fr] gap-y-2 px-5 py-4">
          <dt className="text-muted">{m.userArn}</dt>
          <dd className="font-mono break-all">{user.arn}</dd>
          <dt className="text-muted">{m.path}</dt>
          <dd className="font-mono">{user.path}</dd>
          <dt className="text-muted">{m.createdAt}</dt>
          <dd>{formatDateTime(user.createDate, locale)}</dd>
          <dt className="text-muted">{m.permissions}</dt>
          <dd>{user.isAdmin ? m.administrator : m.selfManage}</dd>
        </dl>
      </section>
      <div role="tablist" aria-label={m.tabs} className="flex border-b border-line">
        <span role="tab" tabIndex={0} aria-selected="true" id="user-credentials-tab" aria-controls="user-credentials" className="border-b-2 border-orange px-4 py-2 font-bold">
          {m.securityCredentialsTab}
        </span>
      </div>
      <div role="tabpanel" id="user-credentials" aria-labelledby="user-credentials-tab" className="max-w-5xl pt-4">
        <section className="panel" aria-labelledby="sign-in-credentials">
          <h2 id="sign-in-credentials" className="panel-header">
            {m.signInCredentials}
          </h2>
          <dl className="grid grid-cols-[12rem_1fr] items-center gap-y-3 px-5 py-4">
            <dt className="text-muted">{m.consolePassword}</dt>
            <dd>{user.loginProfile ? format(m.enabledOn, { date: formatDateTime(user.loginProfile.createDate, locale) }) : m.disabled}</dd>
            <dt className="text-muted">{m.lastSignIn}</dt>
            <dd>{user.passwordLastUsed ? formatDateTime(user.passwordLastUsed, locale) : messages.common.never}</dd>
            <AssignedMfaDevice
              userName={user.userName}
              serialNumbers={devices.map((device) => device.serialNumber)}
              actions={MFA_ACTIONS}
              canAssignMore={devices.length < mfaDeviceLimit(principal.consoleVersion, iamSettings())}
            />
          </dl>
        </section>
      </div>
    </>
  );
}
