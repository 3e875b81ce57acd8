"use client";

import Link from "next/link";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Table } from "@/components/table";
import { format } from "@/lib/i18n/messages";
import { DeleteRoleButton } from "./delete-role-button";
import { rolePath } from "./role-path";

export type RoleRow = { roleName: string; trustedEntities: string[]; lastActivity: string };

/** The roles, one chosen with its radio for Delete role. */
export function RolesTable({ roles }: { roles: RoleRow[] }) {
  const { messages } = useI18n();
  const m = messages.roles;
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <>
      <div className="mb-3 flex justify-end">
        <DeleteRoleButton roleName={selected} />
      </div>
      <Table
        caption={m.heading}
        rows={roles}
        rowKey={(role) => role.roleName}
        empty={m.empty}
        selection={{ name: "role", header: m.roleName, selected, onSelect: setSelected, label: (role) => format(m.selectRole, { name: role.roleName }) }}
        columns={[
          { header: m.roleName, rowHeader: true, className: "min-w-40 break-words", cell: (role) => <Link href={rolePath(role.roleName)}>{role.roleName}</Link> },
          { header: m.trustedEntities, className: "min-w-48 break-words", cell: (role) => role.trustedEntities.join(", ") },
          { header: m.lastActivity, cell: (role) => role.lastActivity },
        ]}
      />
    </>
  );
}
