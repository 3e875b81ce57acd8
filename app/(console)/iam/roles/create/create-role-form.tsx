"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { Alert } from "@/components/alert";
import { FormField } from "@/components/form-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Panel } from "@/components/panel";
import { PolicyEditor } from "@/components/policy-editor/policy-editor";
import { RadioChoice } from "@/components/radio-choice";
import { format, lookup, lookupAll } from "@/lib/i18n/messages";
import { accountTrustPolicy } from "@/lib/iam/policy/account-trust-policy";
import { TRUST_POLICY_SIZE_QUOTA } from "@/lib/iam/policy/policy-size";
import type { CreateRoleForm as CreateRoleInput } from "@/lib/iam/policy-role-schemas";
import { PolicyPicker } from "../../permissions/policy-picker";
import { createRoleAction } from "../actions";
import { rolePath } from "../role-path";

/** The custom trust policy's starting text: the account's root may assume the role. */
const customTemplate = (accountId: string) => accountTrustPolicy({ accountId, requireMfa: false });

/**
 * The 2021 Create role wizard, on one page: the trusted entity ("Another AWS account" with its options, or
 * a custom trust policy in the editor), the permissions policies to attach, then name, description and
 * the longest session. The trust policy the options make is shown as it will be stored.
 */
export function CreateRoleForm({ accountId }: { accountId: string }) {
  const { messages, locale } = useI18n();
  const m = messages.createRole;
  const router = useRouter();
  const [kind, setKind] = useState<"account" | "custom">("account");
  const [trustedAccount, setTrustedAccount] = useState("");
  const [requireExternalId, setRequireExternalId] = useState(false);
  const [externalId, setExternalId] = useState("");
  const [requireMfa, setRequireMfa] = useState(false);
  /** The policies to attach: ARN → name. */
  const [chosen, setChosen] = useState<Map<string, string>>(new Map());
  const [problem, setProblem] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input: CreateRoleInput = {
      trustedEntity:
        kind === "account"
          ? { kind, accountId: trustedAccount, requireMfa, ...(requireExternalId ? { externalId } : {}) }
          : { kind, policyDocument: String(form.get("trustPolicy") ?? "") },
      roleName: String(form.get("roleName") ?? ""),
      description: String(form.get("description") ?? ""),
      maxSessionHours: Number(form.get("maxSessionHours") ?? 1),
      policyArns: [...chosen.keys()],
    };
    startTransition(async () => {
      const result = await createRoleAction(input);
      setError(undefined);
      setFieldErrors({});
      setProblem(null);
      if (!result.ok) return result.fieldErrors ? setFieldErrors(lookupAll(messages, result.fieldErrors)) : setError(lookup(messages, result.error));
      const outcome = result.data;
      if (outcome.ok) return router.push(`${rolePath(outcome.value)}?created=1`);
      if (outcome.inDocument) return setProblem(outcome.message);
      setError(outcome.message);
    });
  };

  return (
    <form noValidate onSubmit={submit} className="max-w-4xl space-y-6">
      {error && <Alert tone="error">{error}</Alert>}
      <Panel title={m.trustedEntityType}>
        <RadioChoice name="trustedEntity" value="account" checked={kind === "account"} onChange={() => setKind("account")} label={m.anotherAccount} description={m.anotherAccountDescription} />
        <RadioChoice name="trustedEntity" value="custom" checked={kind === "custom"} onChange={() => setKind("custom")} label={m.customTrustPolicy} description={m.customTrustPolicyDescription} />
        {kind === "account" ? (
          <fieldset className="mt-4 border-t border-line pt-4">
            <legend className="sr-only">{m.specifyAccounts}</legend>
            <p className="mb-3 font-bold">{m.specifyAccounts}</p>
            <FormField
              id="trustedAccount"
              label={m.accountId}
              hint={format(m.accountIdHint, { accountId })}
              inputMode="numeric"
              autoComplete="off"
              value={trustedAccount}
              onChange={(event) => setTrustedAccount(event.target.value)}
            />
            <p className="mb-1 font-bold">{m.options}</p>
            <label className="mb-2 flex cursor-pointer items-start gap-2">
              <input type="checkbox" checked={requireExternalId} onChange={(event) => setRequireExternalId(event.target.checked)} className="mt-1" />
              {m.requireExternalId}
            </label>
            {requireExternalId && (
              <FormField
                id="externalId"
                label={m.externalId}
                autoComplete="off"
                value={externalId}
                onChange={(event) => setExternalId(event.target.value)}
                className="mb-2 ml-6"
              />
            )}
            <label className="mb-2 flex cursor-pointer items-start gap-2">
              <input type="checkbox" checked={requireMfa} onChange={(event) => setRequireMfa(event.target.checked)} className="mt-1" />
              {m.requireMfa}
            </label>
            {fieldErrors.trustedEntity && <Alert tone="error">{fieldErrors.trustedEntity}</Alert>}
            {problem && <Alert tone="error">{problem}</Alert>}
          </fieldset>
        ) : (
          <div className="mt-4 border-t border-line pt-4">
            <PolicyEditor id="trustPolicy" name="trustPolicy" label={m.trustPolicy} defaultValue={customTemplate(accountId)} quota={TRUST_POLICY_SIZE_QUOTA} problem={problem} />
          </div>
        )}
      </Panel>
      <Panel title={m.attachPolicies} description={m.attachPoliciesIntro}>
        <PolicyPicker selected={chosen} onChange={setChosen} />
        {fieldErrors.policyArns && <p className="mt-1 text-xs text-error">{fieldErrors.policyArns}</p>}
      </Panel>
      <Panel title={m.review}>
        <FormField id="roleName" name="roleName" label={m.roleName} hint={m.roleNameHint} autoComplete="off" error={fieldErrors.roleName} />
        <FormField id="description" name="description" label={m.roleDescription} hint={m.roleDescriptionHint} autoComplete="off" error={fieldErrors.description} />
        <label htmlFor="maxSessionHours" className="mb-1 block font-bold">
          {m.maxSessionDuration}
        </label>
        <select id="maxSessionHours" name="maxSessionHours" defaultValue="1" className="input mb-4 max-w-xs">
          {Array.from({ length: 12 }, (_, index) => index + 1).map((hours) => (
            <option key={hours} value={hours}>
              {format(m.hours, { count: hours }, locale)}
            </option>
          ))}
        </select>
        {kind === "account" && (
          <details className="mb-4">
            <summary className="cursor-pointer text-link">{m.trustPolicy}</summary>
            <pre className="mt-2 max-w-full overflow-auto rounded-sm border border-line bg-page p-3 font-mono text-xs">
              {accountTrustPolicy({ accountId: trustedAccount || accountId, requireMfa, ...(requireExternalId && externalId ? { externalId } : {}) })}
            </pre>
          </details>
        )}
        <button type="submit" className="btn-primary" disabled={pending}>
          {m.submit}
        </button>
      </Panel>
    </form>
  );
}
