"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import Link from "next/link";
import { Alert } from "@/components/alert";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Panel } from "@/components/panel";
import { PolicyEditor } from "@/components/policy-editor/policy-editor";
import { lookup } from "@/lib/i18n/messages";
import { TRUST_POLICY_SIZE_QUOTA } from "@/lib/iam/policy/policy-size";
import { updateTrustPolicyAction } from "../../actions";
import { rolePath } from "../../role-path";

/** Edit trust relationship: the trust policy in the editor, stored by UpdateAssumeRolePolicy; a refusal keeps the text. */
export function EditTrustPolicy({ roleName, document }: { roleName: string; document: string }) {
  const { messages } = useI18n();
  const m = messages.roleDetail;
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const back = `${rolePath(roleName)}?tab=trust`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const policyDocument = String(new FormData(event.currentTarget).get("trustPolicy") ?? "");
    startTransition(async () => {
      const result = await updateTrustPolicyAction({ roleName, policyDocument });
      setError(undefined);
      setProblem(null);
      if (!result.ok) return setError(lookup(messages, result.error));
      if (result.data.ok) {
        router.push(`${back}&updated=1`);
        return router.refresh();
      }
      if (result.data.inDocument) return setProblem(result.data.message);
      setError(result.data.message);
    });
  };

  return (
    <Panel title={m.editTrust} className="max-w-5xl">
      {error && <Alert tone="error">{error}</Alert>}
      <form noValidate onSubmit={submit}>
        <PolicyEditor id="trustPolicy" name="trustPolicy" label={m.trustPolicy} defaultValue={document} quota={TRUST_POLICY_SIZE_QUOTA} problem={problem} />
        <div className="flex flex-wrap items-center gap-4">
          <Link href={back}>{messages.common.cancel}</Link>
          <button type="submit" className="btn-primary" disabled={pending}>
            {m.updateTrustPolicy}
          </button>
        </div>
      </form>
    </Panel>
  );
}
