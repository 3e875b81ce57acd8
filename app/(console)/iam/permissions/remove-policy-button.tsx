"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ActionDialog } from "@/components/action-dialog";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format, lookup } from "@/lib/i18n/messages";
import type { PolicyOwnerRef } from "@/lib/iam/permissions-schemas";
import { deleteInlinePolicyAction, detachPolicyAction } from "./actions";

/** A row's Remove: detaches a managed policy (Detach…Policy) or deletes an inline one (Delete…Policy), once confirmed. */
export function RemovePolicyButton({ owner, policyName, policyArn }: { owner: PolicyOwnerRef; policyName: string; policyArn: string | null }) {
  const { messages } = useI18n();
  const m = messages.permissions;
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const close = () => {
    setOpen(false);
    setError(undefined);
  };
  const remove = () =>
    startTransition(async () => {
      const result = policyArn ? await detachPolicyAction({ owner, policyArn }) : await deleteInlinePolicyAction({ owner, policyName });
      if (!result.ok) return setError(lookup(messages, result.error));
      if (!result.data.ok) return setError(result.data.message);
      close();
      router.refresh();
    });
  return (
    <>
      <button type="button" className="btn-link" aria-label={`${m.remove} ${policyName}`} onClick={() => setOpen(true)}>
        {m.remove}
      </button>
      {open && (
        <ActionDialog
          title={format(m.removeTitle, { name: policyName })}
          actionLabel={policyArn ? m.detach : m.delete}
          pending={pending}
          error={error}
          onSubmit={remove}
          onClose={close}
        >
          <p>{format(policyArn ? m.detachBody : m.deleteInlineBody, { name: policyName })}</p>
        </ActionDialog>
      )}
    </>
  );
}
