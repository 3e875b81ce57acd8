"use client";

import { ConfirmActionButton } from "@/components/confirm-action-button";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format } from "@/lib/i18n/messages";
import type { PolicyOwnerRef } from "@/lib/iam/permissions-schemas";
import { deleteInlinePolicyAction, detachPolicyAction } from "./actions";
import { useConfirmOutcome } from "./use-outcome-action";

/** A row's Remove: detaches a managed policy (Detach…Policy) or deletes an inline one (Delete…Policy), once confirmed. */
export function RemovePolicyButton({ owner, policyName, policyArn }: { owner: PolicyOwnerRef; policyName: string; policyArn: string | null }) {
  const m = useI18n().messages.permissions;
  const confirm = useConfirmOutcome();
  return (
    <ConfirmActionButton
      label={m.remove}
      accessibleName={`${m.remove} ${policyName}`}
      className="btn-link"
      title={format(m.removeTitle, { name: policyName })}
      actionLabel={policyArn ? m.detach : m.delete}
      onConfirm={() => confirm(() => (policyArn ? detachPolicyAction({ owner, policyArn }) : deleteInlinePolicyAction({ owner, policyName })))}
    >
      <p>{format(policyArn ? m.detachBody : m.deleteInlineBody, { name: policyName })}</p>
    </ConfirmActionButton>
  );
}
