"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/alert";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Modal } from "@/components/modal";
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
        <Modal
          title={m.deleteTitle}
          onClose={close}
          footer={
            <>
              <button type="button" className="btn-link px-4" onClick={close}>
                {messages.common.cancel}
              </button>
              <button
                type="button"
                className="btn-primary"
                disabled={pending}
                onClick={() =>
                  startTransition(async () => {
                    const result = await deleteMfaDeviceAction({ serialNumber });
                    if (!result.ok) return setError(lookup(messages, result.error));
                    close();
                  })
                }
              >
                {m.delete}
              </button>
            </>
          }
        >
          {error && <Alert tone="error">{error}</Alert>}
          <p className="mb-2">{m.deleteBody}</p>
          <p className="font-mono text-xs break-all">{serialNumber}</p>
        </Modal>
      )}
    </>
  );
}
