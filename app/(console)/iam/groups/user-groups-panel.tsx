import Link from "next/link";
import { AccessDenied } from "@/components/access-denied";
import { Panel } from "@/components/panel";
import { Table } from "@/components/table";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format-date";
import type { Messages } from "@/lib/i18n/en";
import type { Locale } from "@/lib/i18n/messages";
import { isIamError } from "@/lib/iam/errors";
import { isAllowed } from "@/lib/iam/authorize";
import { ANY_RESOURCE } from "@/lib/iam/iam-actions";
import { type Group, listGroups, listGroupsForUser } from "@/lib/iam/manage-groups";
import type { Principal } from "@/lib/iam/principal";
import { groupDetailsPath } from "../permissions/paths";
import { AddUserToGroupsButton, RemoveMembershipButton } from "./membership-buttons";

/** A user's Groups tab: the groups the user is in (ListGroupsForUser), with Add user to groups and Remove. */
export async function UserGroupsPanel({ userName, actor, messages, locale, timeZone }: { userName: string; actor: Principal; messages: Messages; locale: Locale; timeZone: string }) {
  const m = messages.groups;
  const db = getDb();
  let groups: Group[];
  try {
    groups = await listGroupsForUser(db, { actor, userName });
  } catch (error) {
    if (isIamError(error) && error.code === "AccessDenied") return <AccessDenied messages={messages} denial={error.message} />;
    throw error;
  }
  // The groups to offer: those the caller may list (the dialog offers none otherwise), less the user's own.
  const others = (await isAllowed(db, actor, "iam:ListGroups", ANY_RESOURCE)) ? await listGroups(db, { actor }) : [];
  const member = new Set(groups.map((group) => group.groupId));
  return (
    <Panel
      title={m.userGroups}
      counter={groups.length}
      className="max-w-5xl"
      bodyClassName=""
      actions={<AddUserToGroupsButton userName={userName} groups={others.filter((group) => !member.has(group.groupId)).map((group) => group.groupName)} />}
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
