"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { mfaKindLabel } from "@/components/mfa-device-type";
import { Table } from "@/components/table";
import type { MfaDeviceKind } from "@/lib/iam/mfa-device-kinds";
import { RemoveDialog } from "./remove-dialog";
import { ResyncDialog } from "./resync-dialog";
import type { MfaActions } from "./types";

// The wizard loads when Activate MFA is clicked, not with the page (first-load JavaScript, `npm run bench` figure 6).
const MfaWizard = dynamic(() => import("./mfa-wizard").then((module) => module.MfaWizard), { ssr: false });

export type AssignedDevice = { serialNumber: string; kind: MfaDeviceKind; enabledAt: string };

type Open = { kind: "wizard" } | { kind: "resync" | "remove"; serialNumber: string } | null;

/**
 * The 2021 console's MFA section body: the assigned devices with Resync and Deactivate/Remove, or Activate
 * MFA. (Devices of other kinds show here too when the account switched back from the current console.)
 * `canAssignMore` is false once the principal has as many devices as the deployment allows.
 */
export function MfaDevicesPanel({
  devices,
  actions,
  userName,
  isRoot,
  canAssignMore,
  practiceAuthenticator = false,
}: {
  devices: AssignedDevice[];
  actions: MfaActions;
  userName?: string;
  isRoot: boolean;
  canAssignMore: boolean;
  practiceAuthenticator?: boolean;
}) {
  const { messages } = useI18n();
  const m = messages.securityCredentials;
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const verb = isRoot ? "deactivate" : "remove";

  return (
    <>
      <Table
        framed={false}
        caption={m.mfaSection}
        rows={devices}
        rowKey={(device) => device.serialNumber}
        empty={m.noDevices}
        columns={[
          { header: m.deviceType, cell: (device) => mfaKindLabel(device.kind, "2021", messages) },
          { header: m.serialNumber, className: "font-mono text-xs break-all", cell: (device) => device.serialNumber },
          { header: m.assignedOn, className: "text-xs", cell: (device) => device.enabledAt },
          {
            header: m.actions,
            className: "space-x-3 whitespace-nowrap",
            cell: (device) => (
              <>
                {device.kind !== "fido" && (
                  <button type="button" className="btn-link" onClick={() => setOpen({ kind: "resync", serialNumber: device.serialNumber })}>
                    {m.resync}
                  </button>
                )}
                <button type="button" className="btn-link" onClick={() => setOpen({ kind: "remove", serialNumber: device.serialNumber })}>
                  {isRoot ? m.deactivate : m.remove}
                </button>
              </>
            ),
          },
        ]}
      />
      {canAssignMore && (
        <button type="button" className="btn-normal" data-tutorial="activate-mfa" onClick={() => setOpen({ kind: "wizard" })}>
          {/* AWS's 2021 wording: the root user's section says Activate MFA, an IAM user's own page Assign MFA device. */}
          {isRoot ? m.activateMfa : m.assignMfaDevice}
        </button>
      )}
      {open?.kind === "wizard" && <MfaWizard actions={actions} userName={userName} practiceAuthenticator={practiceAuthenticator} onClose={close} />}
      {open?.kind === "resync" && <ResyncDialog resync={actions.resync} serialNumber={open.serialNumber} userName={userName} onClose={close} />}
      {open?.kind === "remove" && (
        <RemoveDialog remove={actions.remove} serialNumber={open.serialNumber} userName={userName} verb={verb} onClose={close} />
      )}
    </>
  );
}
