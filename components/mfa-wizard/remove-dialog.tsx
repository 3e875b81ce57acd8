"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/alert";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Modal } from "@/components/modal";
import { lookup } from "@/lib/i18n/messages";
import type { MfaActions } from "./types";

/** Confirms Deactivate (root user) or Remove (IAM user) of an assigned device. */
export function RemoveDialog({
  remove,
  serialNumber,
  userName,
  verb,
  onClose,
}: {
  remove: MfaActions["remove"];
  serialNumber: string;
  userName?: string;
  verb: "deactivate" | "remove";
  onClose: () => void;
}) {
  const { messages } = useI18n();
  const m = messages.mfaWizard;
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <Modal
      title={verb === "deactivate" ? m.deactivateTitle : m.removeTitle}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn-link px-4" onClick={onClose}>
            {messages.common.cancel}
          </button>
          <button
            type="button"
            className="btn-primary"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const result = await remove({ userName, serialNumber });
                if (!result.ok) return setError(result.error);
                onClose();
              })
            }
          >
            {verb === "deactivate" ? m.deactivate : m.remove}
          </button>
        </>
      }
    >
      {error && <Alert tone="error">{lookup(messages, error)}</Alert>}
      <p className="mb-2">{m.deactivateBody}</p>
      <p className="font-mono text-xs break-all">{serialNumber}</p>
    </Modal>
  );
}
