"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { format } from "@/lib/i18n/messages";
import type { PolicyOwnerRef } from "@/lib/iam/permissions-schemas";
import { deleteInlinePolicyAction, detachPolicyAction } from "./actions";
import { ConfirmButton } from "./confirm-button";

/** A row's Remove: detaches a managed policy (Detach…Policy) or deletes an inline one (Delete…Policy), once confirmed. */
export function RemovePolicyButton({ owner, policyName, policyArn }: { owner: PolicyOwnerRef; policyName: string; policyArn: string | null }) {
  const m = useI18n().messages.permissions;
  return (
    <ConfirmButton
      label={m.remove}
      accessibleName={`${m.remove} ${policyName}`}
      title={format(m.removeTitle, { name: policyName })}
      actionLabel={policyArn ? m.detach : m.delete}
      body={<p>{format(policyArn ? m.detachBody : m.deleteInlineBody, { name: policyName })}</p>}
      action={() => (policyArn ? detachPolicyAction({ owner, policyArn }) : deleteInlinePolicyAction({ owner, policyName }))}
    />
  );
}
