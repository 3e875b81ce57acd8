"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { ActionDialog } from "@/components/action-dialog";
import { FormField } from "@/components/form-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { PolicyEditor } from "@/components/policy-editor/policy-editor";
import { format, lookup } from "@/lib/i18n/messages";
import type { PolicyOwnerRef } from "@/lib/iam/permissions-schemas";
import { INLINE_POLICY_SIZE_QUOTAS } from "@/lib/iam/policy/policy-size";
import { getInlinePolicyAction, putInlinePolicyAction } from "./actions";
import { useOutcomeAction } from "./use-outcome-action";

/** The JSON tab's starting document, as the console's editor opens. */
const NEW_POLICY = `{
    "Version": "2012-10-17",
    "Statement": []
}`;

type Editing = { policyName: string | null; document: string };

/** The name and editor of an inline policy, new (`policyName` null) or stored; IAM's refusal keeps both as typed. */
function InlinePolicyForm({ owner, editing, onClose }: { owner: PolicyOwnerRef; editing: Editing; onClose: () => void }) {
  const { messages } = useI18n();
  const m = messages.permissions;
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string>();
  const [nameError, setNameError] = useState<string>();
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = (form: FormData) =>
    startTransition(async () => {
      const policyName = editing.policyName ?? String(form.get("policyName") ?? "");
      const result = await putInlinePolicyAction({ owner, policyName, policyDocument: String(form.get("policyDocument") ?? "") });
      setError(undefined);
      setNameError(undefined);
      setProblem(null);
      if (!result.ok) {
        if (result.fieldErrors?.policyName) return setNameError(lookup(messages, result.fieldErrors.policyName));
        return setError(lookup(messages, result.error));
      }
      if (!result.data.ok) return result.data.inDocument ? setProblem(result.data.message) : setError(result.data.message);
      onClose();
      router.refresh();
    });

  return (
    <ActionDialog
      title={editing.policyName ? format(m.viewInline, { name: editing.policyName }) : m.inlineHeading}
      actionLabel={editing.policyName ? m.savePolicy : m.createPolicy}
      pending={pending}
      error={error}
      onSubmit={submit}
      onClose={onClose}
    >
      {!editing.policyName && <FormField id={`${id}-name`} name="policyName" label={m.inlineName} hint={m.inlineNameHint} error={nameError} autoComplete="off" required />}
      <PolicyEditor id={`${id}-document`} name="policyDocument" defaultValue={editing.document} quota={INLINE_POLICY_SIZE_QUOTAS[owner.kind]} problem={problem} label={messages.policyEditor.json} />
    </ActionDialog>
  );
}

/** "Add inline policy": a new policy's name and document. */
export function AddInlinePolicyButton({ owner }: { owner: PolicyOwnerRef }) {
  const { messages } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn-normal" data-tutorial="add-inline-policy" onClick={() => setOpen(true)}>
        {messages.permissions.addInlinePolicy}
      </button>
      {open && <InlinePolicyForm owner={owner} editing={{ policyName: null, document: NEW_POLICY }} onClose={() => setOpen(false)} />}
    </>
  );
}

/** An inline policy's name in the table: opens its stored document (Get…Policy) to read or change. */
export function InlinePolicyLink({ owner, policyName }: { owner: PolicyOwnerRef; policyName: string }) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const { error, pending, run } = useOutcomeAction();
  const open = () => run(() => getInlinePolicyAction({ owner, policyName }), (document) => setEditing({ policyName, document }));
  return (
    <>
      <button type="button" className="btn-link text-left break-all" disabled={pending} onClick={open}>
        {policyName}
      </button>
      {error && (
        <span role="alert" className="block text-xs text-error">
          {error}
        </span>
      )}
      {editing && <InlinePolicyForm owner={owner} editing={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
