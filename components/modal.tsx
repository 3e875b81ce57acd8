"use client";

import { type ReactNode, useEffect, useId, useRef } from "react";
import { useI18n } from "./i18n/i18n-provider";

/**
 * A modal dialog on the native <dialog>: showModal() makes the rest of the page inert (focus stays
 * inside), Escape cancels, and closing returns focus to where it was.
 */
export function Modal({
  title,
  onClose,
  children,
  footer,
  tutorialTarget,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  /** The dialog's name for the guided tutorial (lib/tutorial). */
  tutorialTarget?: string;
}) {
  const { messages } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      data-tutorial={tutorialTarget}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-auto w-[44rem] max-w-[95vw] rounded-sm border border-line bg-white p-0 text-squid shadow-xl backdrop:bg-navy/60"
    >
      <div className="flex items-center justify-between border-b border-line px-6 py-4">
        <h2 id={titleId} className="text-xl font-bold">
          {title}
        </h2>
        <button type="button" onClick={onClose} aria-label={messages.common.close} className="px-2 text-2xl leading-none text-muted hover:text-squid">
          ×
        </button>
      </div>
      <div className="max-h-[70vh] overflow-y-auto px-6 py-4">{children}</div>
      {footer && <div className="flex justify-end gap-2 border-t border-line px-6 py-3">{footer}</div>}
    </dialog>
  );
}
