"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ActionDialog } from "@/components/action-dialog";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format, lookup } from "@/lib/i18n/messages";
import { deletePolicyAction } from "../actions";

/** "Delete policy" and its confirmation; an attached policy gets AWS's DeleteConflict, in AWS's words. */
export function DeletePolicyButton({ policyArn, policyName }: { policyArn: string; policyName: string }) {
  const { messages } = useI18n();
  const m = messages.policyDetail;
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
      const result = await deletePolicyAction({ policyArn });
      if (!result.ok) return setError(lookup(messages, result.error));
      if (!result.data.ok) return setError(result.data.message);
      router.push(`/iam/policies?deleted=${encodeURIComponent(result.data.value)}`);
    });

  return (
    <>
      <button type="button" className="btn-normal" onClick={() => setOpen(true)}>
        {m.deletePolicy}
      </button>
      {open && (
        <ActionDialog title={format(m.deletePolicyTitle, { name: policyName })} actionLabel={m.delete} pending={pending} error={error} onClose={close} onSubmit={confirm}>
          <p>{m.deletePolicyBody}</p>
        </ActionDialog>
      )}
    </>
  );
}
