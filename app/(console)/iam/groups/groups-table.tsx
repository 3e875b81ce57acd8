"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Panel } from "@/components/panel";
import { Table } from "@/components/table";
import { format } from "@/lib/i18n/messages";
import { ConfirmActionButton } from "@/components/confirm-action-button";
import { useConfirmOutcome } from "../permissions/use-outcome-action";
import { groupDetailsPath } from "../permissions/paths";
import { deleteGroupAction } from "./actions";

type GroupRow = { groupName: string; userCount: number; permissions: string; created: string };

/** The groups table: choose a group, then Delete (its users, policies and the group, once confirmed). */
export function GroupsTable({ groups }: { groups: GroupRow[] }) {
  const { messages } = useI18n();
  const m = messages.groups;
  const router = useRouter();
  const [chosen, setChosen] = useState<string | null>(null);
  const confirm = useConfirmOutcome();
  return (
    <Panel
      title={m.heading}
      counter={groups.length}
      bodyClassName=""
      actions={
        <ConfirmActionButton
          label={m.delete}
          disabled={!chosen}
          title={format(m.deleteTitle, { name: chosen ?? "" })}
          actionLabel={m.deleteConfirm}
          onConfirm={() =>
            confirm(
              () => deleteGroupAction({ groupName: chosen ?? "" }),
              () => {
                router.push(`/iam/groups?deleted=${encodeURIComponent(chosen ?? "")}`);
                setChosen(null);
              },
            )
          }
        >
          <p>{m.deleteBody}</p>
        </ConfirmActionButton>
      }
    >
      <Table
        caption={m.heading}
        framed={false}
        rows={groups}
        rowKey={(group) => group.groupName}
        empty={m.empty}
        selection={{ name: "group", header: m.groupName, selected: chosen, onSelect: setChosen, label: (group) => group.groupName }}
        columns={[
          { header: m.groupName, rowHeader: true, className: "break-all", cell: (group) => <Link href={groupDetailsPath(group.groupName)}>{group.groupName}</Link> },
          { header: m.users, cell: (group) => group.userCount },
          { header: m.permissions, cell: (group) => group.permissions },
          { header: m.created, cell: (group) => group.created },
        ]}
      />
    </Panel>
  );
}
