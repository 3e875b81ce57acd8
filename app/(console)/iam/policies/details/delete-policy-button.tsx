"use client";

import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/app/(console)/iam/permissions/confirm-button";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format } from "@/lib/i18n/messages";
import { deletePolicyAction } from "../actions";

/** "Delete policy" and its confirmation; an attached policy gets AWS's DeleteConflict, in AWS's words. */
export function DeletePolicyButton({ policyArn, policyName }: { policyArn: string; policyName: string }) {
  const m = useI18n().messages.policyDetail;
  const router = useRouter();
  return (
    <ConfirmButton
      label={m.deletePolicy}
      className="btn-normal"
      title={format(m.deletePolicyTitle, { name: policyName })}
      actionLabel={m.delete}
      body={<p>{m.deletePolicyBody}</p>}
      action={() => deletePolicyAction({ policyArn })}
      onDone={() => router.push(`/iam/policies?deleted=${encodeURIComponent(policyName)}`)}
    />
  );
}
