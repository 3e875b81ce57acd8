"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { Alert } from "@/components/alert";
import { FormField } from "@/components/form-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { PolicyEditor } from "@/components/policy-editor/policy-editor";
import { format, lookup, lookupAll } from "@/lib/i18n/messages";
import { MANAGED_POLICY_SIZE_QUOTA } from "@/lib/iam/policy/policy-size";
import { createPolicyAction } from "../actions";
import { policyPath } from "../policy-path";

/** The JSON tab's starting document, as AWS's console opens it. */
const EMPTY_POLICY = '{\n    "Version": "2012-10-17",\n    "Statement": []\n}';

/** Create policy: the JSON document, then name and description; IAM's refusals are shown and nothing typed is lost. */
export function CreatePolicyForm() {
  const { messages } = useI18n();
  const m = messages.policyForm;
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const policyName = String(form.get("policyName") ?? "");
    startTransition(async () => {
      const result = await createPolicyAction({ policyName, description: String(form.get("description") ?? ""), policyDocument: String(form.get("policyDocument") ?? "") });
      setError(undefined);
      setFieldErrors({});
      setProblem(null);
      if (result.ok) return "arn" in result.data ? router.push(policyPath(result.data.arn)) : setProblem(result.data.problem);
      if (result.fieldErrors) return setFieldErrors(lookupAll(messages, result.fieldErrors));
      if (result.error === "iamErrors.EntityAlreadyExists") return setFieldErrors({ policyName: format(m.nameExists, { name: policyName.trim() }) });
      setError(lookup(messages, result.error));
    });
  };

  return (
    <form noValidate onSubmit={submit} className="panel max-w-4xl px-5 py-4">
      {error && <Alert tone="error">{error}</Alert>}
      <PolicyEditor id="policyDocument" name="policyDocument" defaultValue={EMPTY_POLICY} quota={MANAGED_POLICY_SIZE_QUOTA} problem={problem} />
      <h2 className="mb-3 text-lg font-bold">{m.reviewPolicy}</h2>
      <FormField id="policyName" name="policyName" label={m.name} hint={m.nameHint} autoComplete="off" error={fieldErrors.policyName} />
      <FormField id="description" name="description" label={m.description} hint={m.descriptionHint} autoComplete="off" error={fieldErrors.description} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {m.create}
      </button>
    </form>
  );
}
