"use client";

import { useState, useTransition } from "react";
import { ActionDialog } from "@/components/action-dialog";
import { useI18n } from "@/components/i18n/i18n-provider";
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
    <ActionDialog
      title={verb === "deactivate" ? m.deactivateTitle : m.removeTitle}
      actionLabel={verb === "deactivate" ? m.deactivate : m.remove}
      pending={pending}
      error={error && lookup(messages, error)}
      onClose={onClose}
      onSubmit={() =>
        startTransition(async () => {
          const result = await remove({ userName, serialNumber });
          if (!result.ok) return setError(result.error);
          onClose();
        })
      }
    >
      <p className="mb-2">{m.deactivateBody}</p>
      <p className="font-mono text-xs break-all">{serialNumber}</p>
    </ActionDialog>
  );
}
