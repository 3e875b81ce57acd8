"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { Alert } from "@/components/alert";
import { useI18n } from "@/components/i18n/i18n-provider";
import { PolicyEditor } from "@/components/policy-editor/policy-editor";
import { lookup } from "@/lib/i18n/messages";
import { MANAGED_POLICY_SIZE_QUOTA } from "@/lib/iam/policy/policy-size";
import { createPolicyVersionAction } from "../actions";
import { policyDetailsPath } from "@/app/(console)/iam/permissions/paths";

/** Edit policy: a new version from the default one's text, saved as the default unless cleared. */
export function EditPolicyForm({ policyArn, document }: { policyArn: string; document: string }) {
  const { messages } = useI18n();
  const m = messages.policyForm;
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await createPolicyVersionAction({ policyArn, policyDocument: String(form.get("policyDocument") ?? ""), setAsDefault: form.get("setAsDefault") === "on" });
      setError(undefined);
      setProblem(null);
      if (!result.ok) return setError(lookup(messages, result.error));
      const outcome = result.data;
      if (outcome.ok) return router.push(`${policyDetailsPath(policyArn)}&tab=versions&updated=${outcome.value}`);
      if (outcome.inDocument) return setProblem(outcome.message);
      setError(outcome.message);
    });
  };

  return (
    <form noValidate onSubmit={submit} className="panel max-w-4xl px-5 py-4">
      {error && <Alert tone="error">{error}</Alert>}
      <PolicyEditor id="policyDocument" name="policyDocument" defaultValue={document} quota={MANAGED_POLICY_SIZE_QUOTA} problem={problem} />
      <label className="mb-4 flex cursor-pointer items-center gap-2">
        <input type="checkbox" name="setAsDefault" defaultChecked />
        {m.saveAsDefault}
      </label>
      <button type="submit" className="btn-primary" disabled={pending}>
        {m.saveChanges}
      </button>
    </form>
  );
}
