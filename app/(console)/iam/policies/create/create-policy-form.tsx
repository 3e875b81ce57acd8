"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { Alert } from "@/components/alert";
import { FormField } from "@/components/form-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { PolicyEditor } from "@/components/policy-editor/policy-editor";
import { lookup, lookupAll } from "@/lib/i18n/messages";
import { MANAGED_POLICY_SIZE_QUOTA } from "@/lib/iam/policy/policy-size";
import { createPolicyAction } from "../actions";
import { policyDetailsPath } from "@/app/(console)/iam/permissions/paths";

/** The JSON tab's starting document, as AWS's console opens it. */
const EMPTY_POLICY = '{\n    "Version": "2012-10-17",\n    "Statement": []\n}';

/** Create policy: the JSON document, then name and description; IAM's refusals are shown in AWS's words and nothing typed is lost. */
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
    startTransition(async () => {
      const result = await createPolicyAction({ policyName: String(form.get("policyName") ?? ""), description: String(form.get("description") ?? ""), policyDocument: String(form.get("policyDocument") ?? "") });
      setError(undefined);
      setFieldErrors({});
      setProblem(null);
      if (!result.ok) return result.fieldErrors ? setFieldErrors(lookupAll(messages, result.fieldErrors)) : setError(lookup(messages, result.error));
      const outcome = result.data;
      if (outcome.ok) return router.push(policyDetailsPath(outcome.value));
      if (outcome.inDocument) return setProblem(outcome.message);
      setError(outcome.message);
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
