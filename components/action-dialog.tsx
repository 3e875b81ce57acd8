"use client";

import { type ReactNode, useId } from "react";
import { Alert } from "./alert";
import { useI18n } from "./i18n/i18n-provider";
import { Modal } from "./modal";

/**
 * A dialog that does one thing: its body (fields, or only the question), Cancel, and the action's
 * button, which submits the body's form (so Enter in a field submits too). `error` is already translated.
 */
export function ActionDialog({
  title,
  actionLabel,
  pending,
  error,
  onSubmit,
  onClose,
  children,
}: {
  title: string;
  actionLabel: string;
  pending: boolean;
  error?: string;
  onSubmit: (form: FormData) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { messages } = useI18n();
  const formId = useId();
  return (
    <Modal
      title={title}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn-link px-4" onClick={onClose}>
            {messages.common.cancel}
          </button>
          <button type="submit" form={formId} className="btn-primary" disabled={pending}>
            {actionLabel}
          </button>
        </>
      }
    >
      {error && <Alert tone="error">{error}</Alert>}
      <form
        id={formId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(new FormData(event.currentTarget));
        }}
      >
        {children}
      </form>
    </Modal>
  );
}
