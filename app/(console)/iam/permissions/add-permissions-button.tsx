"use client";

import { useState } from "react";
import { Alert } from "@/components/alert";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Modal } from "@/components/modal";
import { format } from "@/lib/i18n/messages";
import type { PolicyOwnerRef } from "@/lib/iam/permissions-schemas";
import { attachPoliciesAction } from "./actions";
import { PolicyPicker } from "./policy-picker";
import { useOutcomeAction } from "./use-outcome-action";

/** "Add permissions" → "Attach existing policies directly"; "Attach policies" attaches the ticked ones one by one. */
export function AddPermissionsButton({ owner, attached }: { owner: PolicyOwnerRef; attached: string[] }) {
  const { messages, locale } = useI18n();
  const m = messages.permissions;
  const [open, setOpen] = useState(false);
  const [selected, setSelected] = useState<Map<string, string>>(new Map());
  const { error, setError, pending, run } = useOutcomeAction();

  const close = () => {
    setOpen(false);
    setSelected(new Map());
    setError(undefined);
  };
  const attach = () => run(() => attachPoliciesAction({ owner, policyArns: [...selected.keys()] }), close);

  return (
    <>
      <button type="button" className="btn-primary" data-tutorial="add-permissions" onClick={() => setOpen(true)}>
        {m.addPermissions}
      </button>
      {open && (
        <Modal
          title={m.addPermissions}
          onClose={close}
          tutorialTarget="add-permissions-dialog"
          footer={
            <>
              <span className="mr-auto self-center text-sm text-muted" role="status">
                {format(m.attachCount, { count: selected.size }, locale)}
              </span>
              <button type="button" className="btn-link px-4" onClick={close}>
                {messages.common.cancel}
              </button>
              <button type="button" className="btn-primary" data-tutorial="attach-policies" disabled={pending || selected.size === 0} onClick={attach}>
                {m.attach}
              </button>
            </>
          }
        >
          <h3 className="mb-3 font-bold">{m.attachDirectly}</h3>
          {error && <Alert tone="error">{error}</Alert>}
          <PolicyPicker selected={selected} onChange={setSelected} attached={attached} />
        </Modal>
      )}
    </>
  );
}
