"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ActionDialog } from "@/components/action-dialog";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format, lookup } from "@/lib/i18n/messages";
import { deleteRoleAction } from "./actions";

/** "Delete role" and its confirmation; disabled until a role is chosen. */
export function DeleteRoleButton({ roleName }: { roleName: string | null }) {
  const { messages } = useI18n();
  const m = messages.roleDetail;
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const close = () => {
    setOpen(false);
    setError(undefined);
  };

  const confirm = () =>
    startTransition(async () => {
      const result = await deleteRoleAction({ roleName: roleName! });
      if (!result.ok) return setError(lookup(messages, result.error));
      if (!result.data.ok) return setError(result.data.message);
      close();
      router.push(`/iam/roles?deleted=${encodeURIComponent(roleName!)}`);
      router.refresh();
    });

  return (
    <>
      <button type="button" className="btn-normal" disabled={!roleName} onClick={() => setOpen(true)}>
        {messages.roles.deleteRole}
      </button>
      {open && roleName && (
        <ActionDialog title={format(m.deleteTitle, { name: roleName })} actionLabel={m.deleteConfirm} pending={pending} error={error} onClose={close} onSubmit={confirm}>
          <p>{m.deleteBody}</p>
        </ActionDialog>
      )}
    </>
  );
}
