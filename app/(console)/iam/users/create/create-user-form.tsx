"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { Alert } from "@/components/alert";
import { FormField } from "@/components/form-field";
import { RadioChoice } from "@/components/radio-choice";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format, lookup, lookupAll } from "@/lib/i18n/messages";
import type { CreateUserForm } from "@/lib/iam/user-schemas";
import { createUserAction } from "../actions";

type Permissions = CreateUserForm["permissions"];
const PERMISSIONS: readonly { value: Permissions; tutorial: string }[] = [
  { value: "administrator", tutorial: "permissions-administrator" },
  { value: "selfManage", tutorial: "permissions-self-manage" },
  { value: "none", tutorial: "permissions-none" },
];
import { userPath } from "../user-path";

/** The 2021 console's "Add user" details, on one page: name, path, console access (under the password policy's `rules`), permissions. */
export function CreateUserForm({ rules }: { rules: string[] }) {
  const { messages } = useI18n();
  const m = messages.createUser;
  const router = useRouter();
  const [consoleAccess, setConsoleAccess] = useState(true);
  const [permissions, setPermissions] = useState<Permissions>("selfManage");
  /** Already translated, by field name. */
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const userName = String(form.get("userName") ?? "");
    const common = { userName, path: String(form.get("path") ?? ""), permissions };
    startTransition(async () => {
      const result = await createUserAction(
        consoleAccess ? { ...common, consoleAccess: true, password: String(form.get("password") ?? "") } : { ...common, consoleAccess: false },
      );
      if (result.ok) return router.push(`${userPath(result.data.userName)}?created=1`);
      setError(undefined);
      setFieldErrors({});
      if (result.fieldErrors) {
        return setFieldErrors(lookupAll(messages, result.fieldErrors));
      }
      if (result.error === "iamErrors.EntityAlreadyExists") return setFieldErrors({ userName: format(m.userExists, { name: userName.trim() }) });
      if (result.error === "passwordPolicy.violation") return setFieldErrors({ password: format(messages.passwordPolicy.violation, { rules: rules.join("; ") }) });
      setError(lookup(messages, result.error));
    });
  };

  return (
    <form noValidate onSubmit={submit} className="panel max-w-3xl px-5 py-4">
      {error && <Alert tone="error">{error}</Alert>}
      <FormField id="userName" name="userName" label={m.userName} hint={m.userNameHint} autoComplete="off" error={fieldErrors.userName} />
      <FormField id="path" name="path" label={m.path} hint={m.pathHint} placeholder="/" autoComplete="off" error={fieldErrors.path} />
      <fieldset className="mb-4">
        <legend className="mb-1 font-bold">{m.accessType}</legend>
        <label className="flex cursor-pointer items-start gap-2">
          <input type="checkbox" name="consoleAccess" checked={consoleAccess} onChange={(event) => setConsoleAccess(event.target.checked)} className="mt-1" />
          <span>
            <span className="block">{m.consoleAccess}</span>
            <span className="block text-xs text-muted">{m.consoleAccessDescription}</span>
          </span>
        </label>
      </fieldset>
      {consoleAccess && (
        <FormField
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          label={m.password}
          hint={rules.join("; ")}
          error={fieldErrors.password}
        />
      )}
      <fieldset className="mb-4">
        <legend className="mb-1 font-bold">{m.permissions}</legend>
        {PERMISSIONS.map(({ value, tutorial }) => (
          <RadioChoice
            key={value}
            name="permissions"
            value={value}
            checked={permissions === value}
            onChange={() => setPermissions(value)}
            label={m.permissionChoices[value].label}
            description={m.permissionChoices[value].description}
            tutorial={tutorial}
          />
        ))}
      </fieldset>
      <button type="submit" className="btn-primary" disabled={pending}>
        {m.submit}
      </button>
    </form>
  );
}
