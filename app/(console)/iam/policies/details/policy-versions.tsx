"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ActionDialog } from "@/components/action-dialog";
import { Alert } from "@/components/alert";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Panel } from "@/components/panel";
import { Table } from "@/components/table";
import { format, lookup } from "@/lib/i18n/messages";
import { deletePolicyVersionAction, setDefaultPolicyVersionAction } from "../actions";

type Version = { versionId: string; isDefault: boolean; created: string };

/** The Policy versions tab: choose a version, then Set as default or Delete (customer managed policies only). */
export function PolicyVersions({ policyArn, versions, editable }: { policyArn: string; versions: Version[]; editable: boolean }) {
  const { messages, locale } = useI18n();
  const m = messages.policyDetail;
  const router = useRouter();
  const [selected, setSelected] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string }>();
  const [pending, startTransition] = useTransition();
  const chosen = versions.find((version) => version.versionId === selected);

  const run = (action: typeof setDefaultPolicyVersionAction, success: string) =>
    startTransition(async () => {
      const result = await action({ policyArn, versionId: selected! });
      setConfirming(false);
      if (!result.ok) return setNotice({ tone: "error", text: lookup(messages, result.error) });
      if (!result.data.ok) return setNotice({ tone: "error", text: result.data.message });
      setNotice({ tone: "success", text: format(success, { version: selected! }, locale) });
      setSelected(null);
      router.refresh();
    });

  return (
    <Panel
      title={m.versionsTab}
      counter={versions.length}
      description={m.versionsIntro}
      className="max-w-5xl"
      actions={
        editable && (
          <>
            <button type="button" className="btn-normal" disabled={!chosen || chosen.isDefault || pending} onClick={() => run(setDefaultPolicyVersionAction, m.defaultSet)}>
              {m.setAsDefault}
            </button>
            <button type="button" className="btn-normal" disabled={!chosen || chosen.isDefault || pending} onClick={() => setConfirming(true)}>
              {m.deleteVersion}
            </button>
          </>
        )
      }
    >
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <Table
        caption={m.versionsTab}
        framed={false}
        rows={versions}
        rowKey={(version) => version.versionId}
        empty={m.none}
        selection={editable ? { name: "policy-version", header: m.chooseVersion, selected, onSelect: setSelected, label: (version) => version.versionId } : undefined}
        columns={[
          { header: m.version, rowHeader: true, cell: (version) => (version.isDefault ? format(m.defaultVersion, { version: version.versionId }) : version.versionId) },
          { header: m.creationTime, cell: (version) => version.created },
        ]}
      />
      {confirming && chosen && (
        <ActionDialog
          title={format(m.deleteVersionTitle, { version: chosen.versionId })}
          actionLabel={m.deleteVersion}
          pending={pending}
          onClose={() => setConfirming(false)}
          onSubmit={() => run(deletePolicyVersionAction, m.versionDeleted)}
        >
          <p>{m.deleteVersionBody}</p>
        </ActionDialog>
      )}
    </Panel>
  );
}
