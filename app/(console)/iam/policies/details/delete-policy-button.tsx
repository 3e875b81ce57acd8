"use client";

import { useRouter } from "next/navigation";
import { ConfirmActionButton } from "@/components/confirm-action-button";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format, lookup } from "@/lib/i18n/messages";
import { deletePolicyAction } from "../actions";

/** "Delete policy" and its confirmation; an attached policy gets AWS's DeleteConflict, in AWS's words. */
export function DeletePolicyButton({ policyArn, policyName }: { policyArn: string; policyName: string }) {
  const { messages } = useI18n();
  const m = messages.policyDetail;
  const router = useRouter();
  const remove = async () => {
    const result = await deletePolicyAction({ policyArn });
    if (!result.ok) return lookup(messages, result.error);
    if (!result.data.ok) return result.data.message;
    router.push(`/iam/policies?deleted=${encodeURIComponent(result.data.value)}`);
  };
  return (
    <ConfirmActionButton label={m.deletePolicy} title={format(m.deletePolicyTitle, { name: policyName })} actionLabel={m.delete} onConfirm={remove}>
      <p>{m.deletePolicyBody}</p>
    </ConfirmActionButton>
  );
}
