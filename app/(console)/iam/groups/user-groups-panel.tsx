import Link from "next/link";
import { AccessDenied } from "@/components/access-denied";
import { Panel } from "@/components/panel";
import { Table } from "@/components/table";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format-date";
import type { Messages } from "@/lib/i18n/en";
import type { Locale } from "@/lib/i18n/messages";
import { isAllowed } from "@/lib/iam/authorize";
import { groupsResource } from "@/lib/iam/iam-actions";
import { listGroups, listGroupsForUser } from "@/lib/iam/manage-groups";
import type { Principal } from "@/lib/iam/principal";
import { readOrDenial } from "../permissions/outcome";
import { groupDetailsPath } from "../permissions/paths";
import { AddMembershipButton, RemoveMembershipButton } from "./membership-buttons";

/** A user's Groups tab: the groups the user is in (ListGroupsForUser), with Add user to groups and Remove. */
export async function UserGroupsPanel({ userName, actor, messages, locale, timeZone }: { userName: string; actor: Principal; messages: Messages; locale: Locale; timeZone: string }) {
  const m = messages.groups;
  const db = getDb();
  const read = await readOrDenial(() => listGroupsForUser(db, { actor, userName }));
  if (!read.ok) return <AccessDenied messages={messages} denial={read.denial} />;
  const groups = read.value;
  // The groups to offer: those the caller may list (the dialog offers none otherwise), less the user's own.
  const others = (await isAllowed(db, actor, "iam:ListGroups", groupsResource(actor.accountId))) ? await listGroups(db, { actor }) : [];
  const member = new Set(groups.map((group) => group.groupId));
  return (
    <Panel
      title={m.userGroups}
      counter={groups.length}
      className="max-w-5xl"
      bodyClassName=""
      actions={<AddMembershipButton userName={userName} groups={others.filter((group) => !member.has(group.groupId)).map((group) => group.groupName)} />}
    >
      <Table
        caption={m.userGroups}
        framed={false}
        rows={groups}
        rowKey={(group) => group.groupId}
        empty={m.noGroups}
        columns={[
          { header: m.groupName, rowHeader: true, className: "break-all", cell: (group) => <Link href={groupDetailsPath(group.groupName)}>{group.groupName}</Link> },
          { header: m.created, cell: (group) => formatDateTime(group.createDate, locale, timeZone) },
          { header: <span className="sr-only">{m.removeFromGroup}</span>, cell: (group) => <RemoveMembershipButton groupName={group.groupName} userName={userName} name={group.groupName} /> },
        ]}
      />
    </Panel>
  );
}
