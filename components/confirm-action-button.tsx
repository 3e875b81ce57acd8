"use client";

import { type ReactNode, useState, useTransition } from "react";
import { ActionDialog } from "./action-dialog";

/**
 * A button that asks first: it opens a dialog with `children` as the question, and its action button runs
 * `onConfirm`, which answers an error (already translated) to show in the dialog, or nothing when done
 * (it then navigates or refreshes itself).
 */
export function ConfirmActionButton({
  label,
  title,
  actionLabel,
  disabled = false,
  onConfirm,
  children,
  className = "btn-normal",
  accessibleName,
}: {
  label: string;
  /** The button's name where `label` alone is ambiguous (a table row's "Remove NAME"). */
  accessibleName?: string;
  className?: string;
  title: string;
  actionLabel: string;
  disabled?: boolean;
  onConfirm: () => Promise<string | undefined>;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const close = () => {
    setOpen(false);
    setError(undefined);
  };
  const confirm = () =>
    startTransition(async () => {
      const failure = await onConfirm();
      if (failure) setError(failure);
      else close();
    });

  return (
    <>
      <button type="button" className={className} aria-label={accessibleName} disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && (
        <ActionDialog title={title} actionLabel={actionLabel} pending={pending} error={error} onClose={close} onSubmit={confirm}>
          {children}
        </ActionDialog>
      )}
    </>
  );
}
