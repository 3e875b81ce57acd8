"use client";

import { useId, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Modal } from "@/components/modal";
import { RadioChoice } from "@/components/radio-choice";

export type ManageChoice = { kind: "remove" | "resync"; serialNumber: string } | { kind: "assign" };

/**
 * The 2021 console's "Manage MFA device" for a user who has a device: Remove or Resync it (and
 * assign another, where the deployment allows more than one).
 */
export function ManageMfaDialog({
  serialNumbers,
  canAssignMore,
  onChoose,
  onClose,
}: {
  serialNumbers: string[];
  canAssignMore: boolean;
  onChoose: (choice: ManageChoice) => void;
  onClose: () => void;
}) {
  const { messages } = useI18n();
  const m = messages.manageMfa;
  const [kind, setKind] = useState<ManageChoice["kind"]>("remove");
  const [serialNumber, setSerialNumber] = useState(serialNumbers[0]);
  const deviceId = useId();
  const options: { value: ManageChoice["kind"]; label: string; description: string }[] = [
    { value: "remove", label: m.remove, description: m.removeDescription },
    { value: "resync", label: m.resync, description: m.resyncDescription },
  ];
  if (canAssignMore) options.push({ value: "assign", label: messages.mfaWizard.virtual, description: messages.mfaWizard.virtualDescription });
  return (
    <Modal
      title={messages.mfaWizard.manageTitle}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn-link px-4" onClick={onClose}>
            {messages.common.cancel}
          </button>
          <button type="button" className="btn-primary" onClick={() => onChoose(kind === "assign" ? { kind } : { kind, serialNumber })}>
            {messages.common.continue}
          </button>
        </>
      }
    >
      {serialNumbers.length > 1 && (
        <div className="mb-4">
          <label htmlFor={deviceId} className="mb-1 block font-bold">
            {m.device}
          </label>
          <select id={deviceId} className="input" value={serialNumber} onChange={(event) => setSerialNumber(event.target.value)}>
            {serialNumbers.map((serial) => (
              <option key={serial} value={serial}>
                {serial}
              </option>
            ))}
          </select>
        </div>
      )}
      {serialNumbers.length === 1 && <p className="mb-3 font-mono text-xs break-all">{serialNumber}</p>}
      <fieldset>
        <legend className="mb-3">{m.chooseAction}</legend>
        {options.map(({ value, label, description }) => (
          <RadioChoice key={value} name="manage-mfa" value={value} checked={kind === value} onChange={() => setKind(value)} label={label} description={description} />
        ))}
      </fieldset>
    </Modal>
  );
}
