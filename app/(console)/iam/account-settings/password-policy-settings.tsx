"use client";

import { type FormEvent, useState, useTransition } from "react";
import { Alert } from "@/components/alert";
import { FormField } from "@/components/form-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Panel } from "@/components/panel";
import { passwordPolicyRules } from "@/components/password-policy-rules";
import type { PasswordPolicy } from "@/lib/iam/password-policy";
import { format, lookup, lookupAll } from "@/lib/i18n/messages";
import { deletePasswordPolicyAction, updatePasswordPolicyAction } from "./password-policy-actions";

const FLAGS = [
  ["requireUppercaseCharacters", "requireUppercase"],
  ["requireLowercaseCharacters", "requireLowercase"],
  ["requireNumbers", "requireNumbers"],
  ["requireSymbols", "requireSymbols"],
] as const;

/** "Password policy" in Account settings: the policy in force, and its Edit form (IAM default or custom). */
export function PasswordPolicySettings({ policy }: { policy: PasswordPolicy | null }) {
  const { locale, messages } = useI18n();
  const m = messages.passwordPolicy;
  const [editing, setEditing] = useState(false);
  const [custom, setCustom] = useState(policy !== null);
  const [expire, setExpire] = useState(Boolean(policy?.maxPasswordAge));
  const [preventReuse, setPreventReuse] = useState(Boolean(policy?.passwordReusePrevention));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [pending, startTransition] = useTransition();

  const rules = passwordPolicyRules(m, policy, locale);
  const extra = policy
    ? [
        ...(policy.maxPasswordAge ? [format(m.ruleExpires, { n: policy.maxPasswordAge }, locale)] : []),
        ...(policy.hardExpiry ? [m.ruleHardExpiry] : []),
        ...(policy.allowUsersToChangePassword ? [m.ruleAllowChange] : []),
      ]
    : [];

  /** One of the policy's numbers, with AWS's bounds in its hint. */
  const numberField = (name: string, label: string, hint: string, value: number) => (
    <FormField id={name} name={name} type="number" label={label} hint={hint} defaultValue={String(value)} error={fieldErrors[name]} />
  );

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const number = (name: string) => (String(form.get(name) ?? "").trim() === "" ? Number.NaN : Number(form.get(name)));
    startTransition(async () => {
      setError(undefined);
      setFieldErrors({});
      const result = custom
        ? await updatePasswordPolicyAction({
            minimumPasswordLength: number("minimumPasswordLength"),
            requireUppercaseCharacters: form.get("requireUppercaseCharacters") === "on",
            requireLowercaseCharacters: form.get("requireLowercaseCharacters") === "on",
            requireNumbers: form.get("requireNumbers") === "on",
            requireSymbols: form.get("requireSymbols") === "on",
            allowUsersToChangePassword: form.get("allowUsersToChangePassword") === "on",
            maxPasswordAge: expire ? number("maxPasswordAge") : null,
            hardExpiry: expire && form.get("hardExpiry") === "on",
            passwordReusePrevention: preventReuse ? number("passwordReusePrevention") : null,
          })
        : policy
          ? await deletePasswordPolicyAction({})
          : { ok: true as const, data: undefined };
      if (result.ok) {
        setEditing(false);
        return setDone(custom ? m.saved : m.removed);
      }
      if (result.fieldErrors) return setFieldErrors(lookupAll(messages, result.fieldErrors));
      setError(lookup(messages, result.error));
    });
  };

  return (
    <Panel
      title={m.heading}
      className="mb-6 max-w-3xl"
      actions={
        !editing && (
          <button type="button" className="btn-normal" onClick={() => {
              setDone(undefined);
              setEditing(true);
            }}>
            {m.edit}
          </button>
        )
      }
    >
      {done && <Alert tone="success">{done}</Alert>}
      {error && <Alert tone="error">{error}</Alert>}
      <p className="mb-3 text-muted">{m.intro}</p>
      {!editing ? (
        <>
          <p className="mb-2 font-bold">{policy ? m.usesCustom : m.usesDefault}</p>
          <ul className="list-disc pl-5" data-testid="password-policy-rules">
            {[...rules, ...extra].map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </>
      ) : (
        <form noValidate onSubmit={save} className="max-w-xl space-y-3">
          <fieldset>
            <legend className="mb-1 font-bold">{m.choice}</legend>
            <label className="mr-4">
              <input type="radio" name="choice" checked={!custom} onChange={() => setCustom(false)} /> {m.iamDefault}
            </label>
            <label>
              <input type="radio" name="choice" checked={custom} onChange={() => setCustom(true)} /> {m.custom}
            </label>
          </fieldset>
          {custom && (
            <>
              {numberField("minimumPasswordLength", m.minimumLength, m.minimumLengthHint, policy?.minimumPasswordLength ?? 8)}
              {FLAGS.map(([name, label]) => (
                <label key={name} className="block">
                  <input type="checkbox" name={name} defaultChecked={policy?.[name] ?? false} /> {m[label]}
                </label>
              ))}
              <label className="block">
                <input type="checkbox" checked={expire} onChange={(event) => setExpire(event.target.checked)} /> {m.expire}
              </label>
              {expire && (
                <>
                  {numberField("maxPasswordAge", m.expireDays, m.expireDaysHint, policy?.maxPasswordAge ?? 90)}
                  <label className="block">
                    <input type="checkbox" name="hardExpiry" defaultChecked={policy?.hardExpiry ?? false} /> {m.hardExpiry}
                  </label>
                </>
              )}
              <label className="block">
                <input type="checkbox" name="allowUsersToChangePassword" defaultChecked={policy?.allowUsersToChangePassword ?? true} /> {m.allowChange}
              </label>
              <label className="block">
                <input type="checkbox" checked={preventReuse} onChange={(event) => setPreventReuse(event.target.checked)} /> {m.preventReuse}
              </label>
              {preventReuse && (
                numberField("passwordReusePrevention", m.reuseCount, m.reuseCountHint, policy?.passwordReusePrevention ?? 5)
              )}
            </>
          )}
          <div className="flex gap-2">
            <button type="button" className="btn-link px-4" onClick={() => setEditing(false)}>
              {messages.common.cancel}
            </button>
            <button type="submit" className="btn-primary" disabled={pending}>
              {m.save}
            </button>
          </div>
        </form>
      )}
    </Panel>
  );
}
