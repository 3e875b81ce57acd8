import Link from "next/link";
import { AccessDenied } from "@/components/access-denied";
import { Alert } from "@/components/alert";
import { PageHeader } from "@/components/page-header";
import { requireIdentity } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format-date";
import { format } from "@/lib/i18n/messages";
import { getLocale, getMessages, getTimeZone } from "@/lib/i18n/server";
import { listGroupSummaries } from "@/lib/iam/console-groups";
import { groupNameSchema } from "@/lib/iam/permissions-schemas";
import { readOrDenial } from "../permissions/outcome";
import { GroupsTable } from "./groups-table";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** User groups: the account's groups (ListGroups), with their users and whether they have permissions. */
export default async function GroupsPage({ searchParams }: { searchParams: SearchParams }) {
  const { principal } = await requireIdentity();
  const [messages, locale, timeZone] = await Promise.all([getMessages(), getLocale(), getTimeZone()]);
  const m = messages.groups;
  const read = await readOrDenial(() => listGroupSummaries(getDb(), { actor: principal }));
  if (!read.ok) return <AccessDenied messages={messages} denial={read.denial} />;
  const deleted = groupNameSchema.safeParse((await searchParams).deleted);
  return (
    <>
      <PageHeader title={m.heading}>
        <Link href="/iam/groups/create" className="btn-primary">
          {m.createGroup}
        </Link>
      </PageHeader>
      {deleted.success && <Alert tone="success">{format(m.deleted, { name: deleted.data })}</Alert>}
      <GroupsTable
        groups={read.value.map((group) => ({
          groupName: group.groupName,
          userCount: group.userCount,
          permissions: group.hasPermissions ? m.defined : m.notDefined,
          created: formatDateTime(group.createDate, locale, timeZone),
        }))}
      />
    </>
  );
}
