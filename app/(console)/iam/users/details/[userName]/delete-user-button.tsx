"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/alert";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Modal } from "@/components/modal";
import { format, lookup } from "@/lib/i18n/messages";
import { deleteUserAction } from "../../actions";

/** "Delete user" and its confirmation; a user who still has MFA gets AWS's DeleteConflict message. */
export function DeleteUserButton({ userName }: { userName: string }) {
  const { messages } = useI18n();
  const m = messages.userDetail;
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
      const result = await deleteUserAction({ userName });
      if (result.ok) return router.push(`/iam/users?deleted=${encodeURIComponent(userName)}`);
      setError(result.error === "iamErrors.DeleteConflict" ? m.deleteConflict : lookup(messages, result.error));
    });

  return (
    <>
      <button type="button" className="btn-normal" onClick={() => setOpen(true)}>
        {m.deleteUser}
      </button>
      {open && (
        <Modal
          title={format(m.deleteTitle, { name: userName })}
          onClose={close}
          footer={
            <>
              <button type="button" className="btn-link px-4" onClick={close}>
                {messages.common.cancel}
              </button>
              <button type="button" className="btn-primary" disabled={pending} onClick={confirm}>
                {m.deleteConfirm}
              </button>
            </>
          }
        >
          {error && <Alert tone="error">{error}</Alert>}
          <p>{m.deleteBody}</p>
        </Modal>
      )}
    </>
  );
}
