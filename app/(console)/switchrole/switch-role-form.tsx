"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { Alert } from "@/components/alert";
import { FormField } from "@/components/form-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ROLE_COLORS } from "@/lib/auth/role-colors";
import { lookup, lookupAll } from "@/lib/i18n/messages";
import { switchRoleAction } from "./actions";

type Fields = { account: string; role: string; displayName: string; color: string };

/** The Switch Role form: Account, Role, Display Name, Color; on success the console acts as the role. */
export function SwitchRoleForm({ initial }: { initial: Fields }) {
  const { messages } = useI18n();
  const m = messages.switchRole;
  const router = useRouter();
  /** The refusal (AWS's one message) or the fields' own errors, already translated. */
  const [failure, setFailure] = useState<{ error?: string; fieldErrors: Record<string, string> }>({ fieldErrors: {} });
  const [pending, startTransition] = useTransition();
  const { error, fieldErrors } = failure;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const fields = Object.fromEntries((["account", "role", "displayName", "color"] as const).map((name) => [name, String(form.get(name) ?? "")])) as Fields;
    startTransition(async () => {
      const result = await switchRoleAction(fields);
      if (!result.ok) return setFailure(result.fieldErrors ? { fieldErrors: lookupAll(messages, result.fieldErrors) } : { error: lookup(messages, result.error), fieldErrors: {} });
      router.push("/iam/home");
      router.refresh();
    });
  };

  return (
    <form noValidate onSubmit={submit} className="panel max-w-xl px-5 py-4">
      {error && <Alert tone="error">{error}</Alert>}
      <FormField id="account" name="account" label={m.account} hint={m.accountHint} defaultValue={initial.account} autoComplete="off" required error={fieldErrors.account} />
      <FormField id="role" name="role" label={m.role} hint={m.roleHint} defaultValue={initial.role} autoComplete="off" required error={fieldErrors.role} />
      <FormField
        id="displayName"
        name="displayName"
        label={m.displayName}
        hint={m.displayNameHint}
        defaultValue={initial.displayName}
        maxLength={64}
        autoComplete="off"
        error={fieldErrors.displayName}
      />
      <fieldset className="mb-4">
        <legend className="mb-1 font-bold">{m.color}</legend>
        <div className="flex flex-wrap gap-3">
          {ROLE_COLORS.map((color) => (
            <label key={color.hex} className="flex cursor-pointer items-center gap-1">
              <input type="radio" name="color" value={color.hex} defaultChecked={initial.color === color.hex} />
              <span aria-hidden="true" className={`inline-block h-4 w-6 rounded-sm border border-line ${color.className}`} />
              <span>{m.colors[color.name]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap justify-end gap-3">
        <Link href="/iam/home" className="btn-normal">
          {m.cancel}
        </Link>
        <button type="submit" className="btn-primary" disabled={pending}>
          {m.submit}
        </button>
      </div>
    </form>
  );
}
