"use client";

import { type ReactNode, useState } from "react";
import { ActionDialog } from "@/components/action-dialog";
import type { ActionResult } from "@/lib/auth/console-action";
import type { Outcome } from "./outcome";
import { useOutcomeAction } from "./use-outcome-action";

/** A button whose action runs once confirmed in a dialog (Remove, Detach, Delete); a refusal stays in the dialog. */
export function ConfirmButton({
  label,
  accessibleName,
  title,
  actionLabel,
  body,
  action,
  onDone,
  className = "btn-link",
  disabled,
}: {
  label: string;
  /** The button's name where `label` alone is ambiguous (a row's "Remove NAME"). */
  accessibleName?: string;
  title: string;
  actionLabel: string;
  body: ReactNode;
  action: () => Promise<ActionResult<Outcome<unknown>>>;
  onDone?: () => void;
  className?: string;
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const { error, setError, pending, run } = useOutcomeAction();
  const close = () => {
    setOpen(false);
    setError(undefined);
  };
  return (
    <>
      <button type="button" className={className} aria-label={accessibleName} disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && (
        <ActionDialog
          title={title}
          actionLabel={actionLabel}
          pending={pending}
          error={error}
          onSubmit={() =>
            run(action, () => {
              close();
              onDone?.();
            })
          }
          onClose={close}
        >
          {body}
        </ActionDialog>
      )}
    </>
  );
}
