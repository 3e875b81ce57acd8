"use client";

import { useRouter } from "next/navigation";
import { ConfirmActionButton } from "@/components/confirm-action-button";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format, lookup } from "@/lib/i18n/messages";
import { deleteRoleAction } from "./actions";

/** "Delete role" and its confirmation; disabled until a role is chosen. */
export function DeleteRoleButton({ roleName }: { roleName: string | null }) {
  const { messages } = useI18n();
  const m = messages.roleDetail;
  const router = useRouter();
  const remove = async () => {
    const result = await deleteRoleAction({ roleName: roleName! });
    if (!result.ok) return lookup(messages, result.error);
    if (!result.data.ok) return result.data.message;
    router.push(`/iam/roles?deleted=${encodeURIComponent(roleName!)}`);
    router.refresh();
  };
  return (
    <ConfirmActionButton
      label={messages.roles.deleteRole}
      title={format(m.deleteTitle, { name: roleName ?? "" })}
      actionLabel={m.deleteConfirm}
      disabled={!roleName}
      onConfirm={remove}
    >
      <p>{m.deleteBody}</p>
    </ConfirmActionButton>
  );
}
