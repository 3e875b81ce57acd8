"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format } from "@/lib/i18n/messages";
import { type ManageChoice, ManageMfaDialog } from "./manage-mfa-dialog";
import { MfaWizard } from "./mfa-wizard";
import { RemoveDialog } from "./remove-dialog";
import { ResyncDialog } from "./resync-dialog";
import type { MfaActions } from "./types";

type Open = { kind: "manage" } | ManageChoice | null;

/**
 * The user page's "Assigned MFA device" row, as an administrator sees it in the 2021 console:
 * the device or "Not assigned", and Manage, which opens the tutorial's wizard for that user (the
 * QR code is shown to the administrator, who hands it over) or offers Remove and Resync.
 */
export function AssignedMfaDevice({
  userName,
  serialNumbers,
  actions,
  canAssignMore,
  practiceAuthenticator = false,
}: {
  userName: string;
  serialNumbers: string[];
  actions: MfaActions;
  canAssignMore: boolean;
  /** Whether this deployment offers the practice authenticator, so the wizard links to it. */
  practiceAuthenticator?: boolean;
}) {
  const { messages } = useI18n();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const m = messages.securityCredentials;

  return (
    <>
      <dt className="text-muted">{m.assignedMfaDevice}</dt>
      <dd className="flex flex-wrap items-center gap-3">
        {serialNumbers.length === 0 ? (
          <span>{m.notAssigned}</span>
        ) : (
          <ul>
            {serialNumbers.map((serial) => (
              <li key={serial} className="font-mono text-xs break-all">
                {serial}
              </li>
            ))}
          </ul>
        )}
        <button
          type="button"
          className="btn-normal"
          aria-label={format(messages.userDetail.manageMfaFor, { name: userName })}
          onClick={() => setOpen(serialNumbers.length === 0 ? { kind: "assign" } : { kind: "manage" })}
        >
          {messages.userDetail.manage}
        </button>
      </dd>
      {open?.kind === "manage" && <ManageMfaDialog serialNumbers={serialNumbers} canAssignMore={canAssignMore} onChoose={setOpen} onClose={close} />}
      {open?.kind === "assign" && <MfaWizard actions={actions} userName={userName} practiceAuthenticator={practiceAuthenticator} onClose={close} />}
      {open?.kind === "resync" && <ResyncDialog resync={actions.resync} serialNumber={open.serialNumber} userName={userName} onClose={close} />}
      {open?.kind === "remove" && <RemoveDialog remove={actions.remove} serialNumber={open.serialNumber} userName={userName} verb="remove" onClose={close} />}
    </>
  );
}
