"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { ErrorInView } from "@/components/error-in-view";
import { FormField } from "@/components/form-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Panel } from "@/components/panel";
import { lookup } from "@/lib/i18n/messages";
import { groupDetailsPath } from "../../permissions/paths";
import { PolicyPicker } from "../../permissions/policy-picker";
import { createGroupAction } from "../actions";

/** The three sections of Create user group; a refusal keeps everything chosen. */
export function CreateGroupForm({ userNames }: { userNames: string[] }) {
  const { messages } = useI18n();
  const m = messages.groups;
  const router = useRouter();
  const id = useId();
  const [policies, setPolicies] = useState<Map<string, string>>(new Map());
  const [error, setError] = useState<string>();
  const [nameError, setNameError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const submit = (form: FormData) =>
    startTransition(async () => {
      const groupName = String(form.get("groupName") ?? "");
      setError(undefined);
      setNameError(undefined);
      const result = await createGroupAction({ groupName, userNames: form.getAll("userName").map(String), policyArns: [...policies.keys()] });
      if (!result.ok) {
        if (result.fieldErrors?.groupName) return setNameError(lookup(messages, result.fieldErrors.groupName));
        return setError(lookup(messages, result.error));
      }
      if (!result.data.ok) return setError(result.data.message);
      router.push(`${groupDetailsPath(result.data.value)}?created=1`);
    });

  return (
    <form
      noValidate
      className="max-w-5xl space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        submit(new FormData(event.currentTarget));
      }}
    >
      {error && <ErrorInView key={error}>{error}</ErrorInView>}
      <Panel title={m.nameSection}>
        <FormField id={`${id}-name`} name="groupName" label={m.groupName} hint={m.nameHint} error={nameError} autoComplete="off" required />
      </Panel>
      <Panel title={m.addUsers} bodyClassName="px-5 py-2">
        {userNames.length === 0 ? (
          <p className="text-muted">{m.noUsers}</p>
        ) : (
          <ul className="divide-y divide-line">
            {userNames.map((userName, index) => (
              <li key={userName} className="flex items-center gap-3 py-2">
                <input type="checkbox" id={`${id}-user-${index}`} name="userName" value={userName} />
                <label htmlFor={`${id}-user-${index}`} className="min-w-0 break-all">
                  {userName}
                </label>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel title={m.attachPolicies}>
        <PolicyPicker selected={policies} onChange={setPolicies} />
      </Panel>
      <div className="flex justify-end gap-2">
        <button type="button" className="btn-link px-4" onClick={() => router.push("/iam/groups")}>
          {messages.common.cancel}
        </button>
        <button type="submit" className="btn-primary" disabled={pending}>
          {m.createGroup}
        </button>
      </div>
    </form>
  );
}
