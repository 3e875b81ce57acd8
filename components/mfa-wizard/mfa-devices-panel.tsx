"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { MfaWizard } from "./mfa-wizard";
import { RemoveDialog } from "./remove-dialog";
import { ResyncDialog } from "./resync-dialog";
import type { MfaActions } from "./types";

export type AssignedDevice = { serialNumber: string; enabledAt: string };

type Open = { kind: "wizard" } | { kind: "resync" | "remove"; serialNumber: string } | null;

/**
 * The MFA section's body: the assigned devices with Resync and Deactivate/Remove, or Activate MFA.
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
      {devices.length === 0 ? (
        <p className="mb-3 text-muted">{m.noDevices}</p>
      ) : (
        <table className="mb-3 w-full text-left">
          <caption className="sr-only">{m.mfaSection}</caption>
          <thead className="border-b border-line">
            <tr>
              <th scope="col" className="py-2 pr-4">{m.deviceType}</th>
              <th scope="col" className="py-2 pr-4">{m.serialNumber}</th>
              <th scope="col" className="py-2 pr-4">{m.assignedOn}</th>
              <th scope="col" className="py-2">{m.actions}</th>
            </tr>
          </thead>
          <tbody>
            {devices.map((device) => (
              <tr key={device.serialNumber} className="border-b border-line">
                <td className="py-2 pr-4">{m.virtual}</td>
                <td className="py-2 pr-4 font-mono text-xs break-all">{device.serialNumber}</td>
                <td className="py-2 pr-4 text-xs">{device.enabledAt}</td>
                <td className="space-x-3 py-2 whitespace-nowrap">
                  <button type="button" className="btn-link" onClick={() => setOpen({ kind: "resync", serialNumber: device.serialNumber })}>
                    {m.resync}
                  </button>
                  <button type="button" className="btn-link" onClick={() => setOpen({ kind: "remove", serialNumber: device.serialNumber })}>
                    {isRoot ? m.deactivate : m.remove}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canAssignMore && (
        <button type="button" className="btn-normal" data-tutorial="activate-mfa" onClick={() => setOpen({ kind: "wizard" })}>
          {m.activateMfa}
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
