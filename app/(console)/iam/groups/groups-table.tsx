"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ActionDialog } from "@/components/action-dialog";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Panel } from "@/components/panel";
import { Table } from "@/components/table";
import { format, lookup } from "@/lib/i18n/messages";
import { groupDetailsPath } from "../permissions/paths";
import { deleteGroupAction } from "./actions";

type GroupRow = { groupName: string; userCount: number; permissions: string; created: string };

/** The groups table: choose a group, then Delete (its users, policies and the group, once confirmed). */
export function GroupsTable({ groups }: { groups: GroupRow[] }) {
  const { messages } = useI18n();
  const m = messages.groups;
  const router = useRouter();
  const [chosen, setChosen] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const close = () => {
    setConfirming(false);
    setError(undefined);
  };
  const remove = (groupName: string) =>
    startTransition(async () => {
      const result = await deleteGroupAction({ groupName });
      if (!result.ok) return setError(lookup(messages, result.error));
      if (!result.data.ok) return setError(result.data.message);
      close();
      setChosen(null);
      router.push(`/iam/groups?deleted=${encodeURIComponent(groupName)}`);
      router.refresh();
    });
  return (
    <Panel
      title={m.heading}
      counter={groups.length}
      bodyClassName=""
      actions={
        <button type="button" className="btn-normal" disabled={!chosen} onClick={() => setConfirming(true)}>
          {m.delete}
        </button>
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
      {confirming && chosen && (
        <ActionDialog title={format(m.deleteTitle, { name: chosen })} actionLabel={m.deleteConfirm} pending={pending} error={error} onSubmit={() => remove(chosen)} onClose={close}>
          <p>{m.deleteBody}</p>
        </ActionDialog>
      )}
    </Panel>
  );
}
