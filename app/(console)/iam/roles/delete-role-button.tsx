"use client";

import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/app/(console)/iam/permissions/confirm-button";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format } from "@/lib/i18n/messages";
import { deleteRoleAction } from "./actions";

/** "Delete role" and its confirmation; disabled until a role is chosen. */
export function DeleteRoleButton({ roleName }: { roleName: string | null }) {
  const { messages } = useI18n();
  const m = messages.roleDetail;
  const router = useRouter();
  return (
    <ConfirmButton
      label={messages.roles.deleteRole}
      className="btn-normal"
      disabled={!roleName}
      title={format(m.deleteTitle, { name: roleName ?? "" })}
      actionLabel={m.deleteConfirm}
      body={<p>{m.deleteBody}</p>}
      action={() => deleteRoleAction({ roleName: roleName! })}
      onDone={() => router.push(`/iam/roles?deleted=${encodeURIComponent(roleName!)}`)}
    />
  );
}
