"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/alert";
import { ErrorInView } from "@/components/error-in-view";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Modal } from "@/components/modal";
import { lookup } from "@/lib/i18n/messages";
import { type CodePair, codePairErrors, TwoCodesFields } from "./two-codes-fields";
import type { MfaActions } from "./types";

export function ResyncDialog({
  resync,
  serialNumber,
  userName,
  onClose,
}: {
  resync: MfaActions["resync"];
  serialNumber: string;
  userName?: string;
  onClose: () => void;
}) {
  const { messages } = useI18n();
  const m = messages.mfaWizard;
  const [codes, setCodes] = useState<CodePair>({ code1: "", code2: "" });
  const [codeErrors, setCodeErrors] = useState<ReturnType<typeof codePairErrors>>({});
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();

  const submit = () => {
    const errors = codePairErrors(codes);
    setCodeErrors(errors);
    if (Object.keys(errors).length > 0) return;
    // Outside the transition, so the last error goes before the answer comes: a repeated error is new.
    setError(undefined);
    startTransition(async () => {
      const result = await resync({ userName, serialNumber, code1: codes.code1.trim(), code2: codes.code2.trim() });
      if (!result.ok) return setError(result.error);
      setDone(true);
    });
  };

  return (
    <Modal
      title={m.resyncTitle}
      onClose={onClose}
      footer={
        done ? (
          <button type="button" className="btn-primary" onClick={onClose}>
            {messages.common.close}
          </button>
        ) : (
          <>
            <button type="button" className="btn-link px-4" onClick={onClose}>
              {messages.common.cancel}
            </button>
            <button type="button" className="btn-primary" disabled={pending} onClick={submit}>
              {m.resync}
            </button>
          </>
        )
      }
    >
      {done ? (
        <Alert tone="success">{m.resyncDone}</Alert>
      ) : (
        <>
          {error && <ErrorInView>{lookup(messages, error)}</ErrorInView>}
          <p className="mb-3">{m.resyncIntro}</p>
          <p className="mb-3 font-mono text-xs break-all">{serialNumber}</p>
          <TwoCodesFields idPrefix="resync" codes={codes} onChange={setCodes} errors={codeErrors} />
        </>
      )}
    </Modal>
  );
}
