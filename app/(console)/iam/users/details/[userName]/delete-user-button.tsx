"use client";

import { useRouter } from "next/navigation";
import { ConfirmActionButton } from "@/components/confirm-action-button";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format, lookup } from "@/lib/i18n/messages";
import { deleteUserAction } from "../../actions";

/** "Delete user" and its confirmation; a user who still has MFA gets AWS's DeleteConflict message. */
export function DeleteUserButton({ userName }: { userName: string }) {
  const { messages } = useI18n();
  const m = messages.userDetail;
  const router = useRouter();
  const remove = async () => {
    const result = await deleteUserAction({ userName });
    if (!result.ok) return result.error === "iamErrors.DeleteConflict" ? m.deleteConflict : lookup(messages, result.error);
    router.push(`/iam/users?deleted=${encodeURIComponent(userName)}`);
  };
  return (
    <ConfirmActionButton label={m.deleteUser} title={format(m.deleteTitle, { name: userName })} actionLabel={m.deleteConfirm} onConfirm={remove}>
      <p>{m.deleteBody}</p>
    </ConfirmActionButton>
  );
}
