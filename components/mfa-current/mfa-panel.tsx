"use client";

import dynamic from "next/dynamic";
import { useState, useTransition } from "react";
import { ActionDialog } from "@/components/action-dialog";
import { Alert } from "@/components/alert";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ResyncDialog } from "@/components/mfa-wizard/resync-dialog";
import type { MfaActions } from "@/components/mfa-wizard/types";
import { Panel } from "@/components/panel";
import { Table } from "@/components/table";
import type { MfaDeviceKind } from "@/lib/iam/mfa-device-kinds";
import { format, lookup } from "@/lib/i18n/messages";

// The wizard (with the WebAuthn client) loads when Assign MFA device is clicked, not with the page
// (first-load JavaScript, `npm run bench` figure 6).
const AssignMfaWizard = dynamic(() => import("./assign-mfa-wizard").then((module) => module.AssignMfaWizard), { ssr: false });

export type CurrentMfaDevice = { serialNumber: string; kind: MfaDeviceKind; createdOn: string };

type Open = "wizard" | "remove" | "resync" | null;

/**
 * The current console's Multi-factor authentication (MFA) panel: the devices with a radio each, Remove
 * and Resync for the chosen one (Resync only for devices that make codes), Assign MFA device, and the
 * "MFA device assigned" banner after the wizard.
 */
export function CurrentMfaPanel({
  devices,
  actions,
  userName,
  limit,
  practiceAuthenticator,
  assigned = false,
}: {
  devices: CurrentMfaDevice[];
  actions: MfaActions;
  /** An IAM user whose devices an administrator manages; absent for the signed-in principal's own. */
  userName?: string;
  limit: number;
  practiceAuthenticator: boolean;
  /** A device was just assigned elsewhere (the sign-in's MFA prompt): the page opens with the banner. */
  assigned?: boolean;
}) {
  const { messages } = useI18n();
  const m = messages.mfaPanel;
  const [selected, setSelected] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<"assigned" | "removed" | null>(assigned ? "assigned" : null);
  const [removeError, setRemoveError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const chosen = devices.find((device) => device.serialNumber === selected);
  const close = () => setOpen(null);
  const kindLabel = { virtual: m.kindVirtual, fido: m.kindFido, hardware: m.kindHardware };
  const openWizard = () => setOpen("wizard");

  return (
    <>
      {notice === "assigned" && (
        <div data-tutorial="mfa-device-assigned">
          <Alert tone="success" title={m.assignedTitle}>
            {m.assignedBody}
          </Alert>
        </div>
      )}
      {notice === "removed" && <Alert tone="success">{m.removed}</Alert>}
      <Panel
        title={m.heading}
        id="mfa-section"
        counter={devices.length}
        className="mb-6 max-w-5xl"
        bodyClassName=""
        description={m.intro}
        actions={
          <>
            <button type="button" className="btn-normal" disabled={!chosen} onClick={() => setOpen("remove")}>
              {m.remove}
            </button>
            <button
              type="button"
              className="btn-normal"
              disabled={!chosen || chosen.kind === "fido"}
              title={chosen?.kind === "fido" ? m.resyncOnlyTotp : undefined}
              onClick={() => setOpen("resync")}
            >
              {m.resync}
            </button>
            <button type="button" className="btn-primary" data-tutorial="assign-mfa-device" onClick={openWizard}>
              {m.assign}
            </button>
          </>
        }
      >
        <div className="px-5 pb-2">
          <Table
            caption={m.heading}
            framed={false}
            rows={devices}
            rowKey={(device) => device.serialNumber}
            empty={
              <>
                <p className="mb-2">{m.empty}</p>
                <button type="button" className="btn-primary" onClick={openWizard}>
                  {m.assign}
                </button>
              </>
            }
            selection={{
              name: userName ? `mfa-device-${userName}` : "mfa-device",
              header: m.select,
              selected,
              onSelect: setSelected,
              label: (device) => format(m.selectDevice, { identifier: device.serialNumber }),
            }}
            columns={[
              { header: m.type, cell: (device) => kindLabel[device.kind] },
              { header: m.identifier, rowHeader: true, className: "font-mono text-xs break-all", cell: (device) => device.serialNumber },
              { header: m.certifications, cell: () => m.noCertifications },
              { header: m.createdOn, className: "text-xs", cell: (device) => device.createdOn },
            ]}
          />
        </div>
      </Panel>
      {open === "wizard" && (
        <AssignMfaWizard
          actions={actions}
          userName={userName}
          limit={limit}
          practiceAuthenticator={practiceAuthenticator}
          onClose={close}
          onAssigned={() => {
            close();
            setSelected(null);
            setNotice("assigned");
          }}
        />
      )}
      {open === "resync" && chosen && <ResyncDialog resync={actions.resync} serialNumber={chosen.serialNumber} userName={userName} onClose={close} />}
      {open === "remove" && chosen && (
        <ActionDialog
          title={m.removeTitle}
          actionLabel={m.remove}
          pending={pending}
          error={removeError && lookup(messages, removeError)}
          onClose={() => {
            setRemoveError(undefined);
            close();
          }}
          onSubmit={() =>
            startTransition(async () => {
              const result = await actions.remove({ userName, serialNumber: chosen.serialNumber });
              if (!result.ok) return setRemoveError(result.error);
              close();
              setSelected(null);
              setNotice("removed");
            })
          }
        >
          <p className="mb-2">{m.removeBody}</p>
          <p className="font-mono text-xs break-all">{chosen.serialNumber}</p>
        </ActionDialog>
      )}
    </>
  );
}
