import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/access-denied";
import { Alert } from "@/components/alert";
import { PageHeader } from "@/components/page-header";
import { Panel } from "@/components/panel";
import { Table } from "@/components/table";
import { Tabs } from "@/components/tabs";
import { requireIdentity } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format-date";
import { decodeSegment } from "@/lib/http/path-segment";
import { format } from "@/lib/i18n/messages";
import { getLocale, getMessages, getTimeZone } from "@/lib/i18n/server";
import { isAllowed } from "@/lib/iam/authorize";
import { isIamError } from "@/lib/iam/errors";
import { usersResource } from "@/lib/iam/iam-actions";
import { listUsers } from "@/lib/iam/list-users";
import { getGroup } from "@/lib/iam/manage-groups";
import { groupNameSchema } from "@/lib/iam/permissions-schemas";
import { userPath } from "../../../users/user-path";
import { groupDetailsPath } from "../../../permissions/paths";
import { PermissionsPanel } from "../../../permissions/permissions-panel";
import { AddMembershipButton, RemoveMembershipButton } from "../../membership-buttons";

type Params = Promise<{ groupName: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const GROUP_TABS = ["users", "permissions"] as const;
type GroupTab = (typeof GROUP_TABS)[number];

/** A user group's page: summary, the Users tab (add and remove members) and the Permissions tab. */
export default async function GroupPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { principal } = await requireIdentity();
  const name = groupNameSchema.safeParse(decodeSegment((await params).groupName));
  if (!name.success) notFound();
  const [messages, locale, timeZone] = await Promise.all([getMessages(), getLocale(), getTimeZone()]);
  const m = messages.groups;
  const db = getDb();
  let loaded;
  try {
    loaded = await getGroup(db, { actor: principal, groupName: name.data });
  } catch (error) {
    if (isIamError(error) && error.code === "AccessDenied") return <AccessDenied messages={messages} denial={error.message} />;
    if (isIamError(error) && error.code === "NoSuchEntity") notFound();
    throw error;
  }
  const { group, users } = loaded;
  const query = await searchParams;
  const tab: GroupTab = query.tab === "permissions" ? "permissions" : "users";
  const path = groupDetailsPath(group.groupName);
  const labels: Record<GroupTab, string> = { users: messages.permissions.usersTab, permissions: messages.permissions.tab };
  const members = new Set(users.map((user) => user.userId));
  const candidates = tab === "users" && (await isAllowed(db, principal, "iam:ListUsers", usersResource(principal.accountId))) ? await listUsers(db, { actor: principal }) : [];

  return (
    <>
      <PageHeader title={group.groupName} />
      {query.created === "1" && <Alert tone="success">{format(m.created_, { name: group.groupName })}</Alert>}
      <Panel title={m.summary} className="mb-6 max-w-5xl">
        <dl className="details-grid">
          <dt className="text-muted">{m.groupName}</dt>
          <dd className="break-all">{group.groupName}</dd>
          <dt className="text-muted">{m.groupArn}</dt>
          <dd className="font-mono break-all">{group.arn}</dd>
          <dt className="text-muted">{m.created}</dt>
          <dd>{formatDateTime(group.createDate, locale, timeZone)}</dd>
        </dl>
      </Panel>
      <Tabs
        label={m.summary}
        tabs={GROUP_TABS.map((id) => ({ id, label: labels[id], href: id === "users" ? path : `${path}?tab=${id}` }))}
        selected={tab}
      >
        {tab === "users" && (
          <Panel
            title={m.usersInGroup}
            counter={users.length}
            className="max-w-5xl"
            bodyClassName=""
            actions={<AddMembershipButton groupName={group.groupName} users={candidates.filter((user) => !members.has(user.userId)).map((user) => user.userName)} />}
          >
            <Table
              caption={m.usersInGroup}
              framed={false}
              rows={users}
              rowKey={(user) => user.userId}
              empty={m.noMembers}
              columns={[
                { header: messages.users.userName, rowHeader: true, className: "break-all", cell: (user) => <Link href={userPath(user.userName)}>{user.userName}</Link> },
                { header: m.created, cell: (user) => formatDateTime(user.createDate, locale, timeZone) },
                { header: <span className="sr-only">{m.removeUser}</span>, cell: (user) => <RemoveMembershipButton groupName={group.groupName} userName={user.userName} name={user.userName} /> },
              ]}
            />
          </Panel>
        )}
        {tab === "permissions" && <PermissionsPanel owner={{ kind: "group", name: group.groupName }} actor={principal} messages={messages} />}
      </Tabs>
    </>
  );
}
