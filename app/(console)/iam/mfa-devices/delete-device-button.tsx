"use client";

import { useState, useTransition } from "react";
import { ActionDialog } from "@/components/action-dialog";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format, lookup } from "@/lib/i18n/messages";
import { deleteMfaDeviceAction } from "./actions";

export function DeleteDeviceButton({ serialNumber }: { serialNumber: string }) {
  const { messages } = useI18n();
  const m = messages.mfaDevices;
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const close = () => {
    setOpen(false);
    setError(undefined);
  };
  return (
    <>
      <button type="button" className="btn-link" aria-label={format(m.deleteDevice, { serialNumber })} onClick={() => setOpen(true)}>
        {m.delete}
      </button>
      {open && (
        <ActionDialog
          title={m.deleteTitle}
          actionLabel={m.delete}
          pending={pending}
          error={error}
          onClose={close}
          onSubmit={() =>
            startTransition(async () => {
              const result = await deleteMfaDeviceAction({ serialNumber });
              if (!result.ok) return setError(lookup(messages, result.error));
              close();
            })
          }
        >
          <p className="mb-2">{m.deleteBody}</p>
          <p className="font-mono text-xs break-all">{serialNumber}</p>
        </ActionDialog>
      )}
    </>
  );
}
