"use client";

import { type ReactNode, useEffect, useId, useRef } from "react";
import { useI18n } from "./i18n/i18n-provider";

/**
 * A modal dialog on the native <dialog>: showModal() makes the rest of the page inert (focus stays
 * inside), Escape cancels, and closing returns focus to where it was. It fits the screen: the body
 * scrolls between the title bar and the buttons, so Close and the footer are always in reach on a phone.
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
      className="m-auto max-h-[calc(100dvh-1rem)] w-[44rem] max-w-[calc(100vw-1rem)] flex-col rounded-sm border border-line bg-white p-0 text-squid shadow-xl backdrop:bg-navy/60 open:flex"
    >
      <div className="flex items-center justify-between gap-2 border-b border-line px-4 py-3 sm:px-6 sm:py-4">
        <h2 id={titleId} className="text-xl font-bold">
          {title}
        </h2>
        <button type="button" onClick={onClose} aria-label={messages.common.close} className="px-2 text-2xl leading-none text-muted hover:text-squid">
          ×
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-4 py-4 [overflow-wrap:anywhere] sm:px-6">{children}</div>
      {footer && <div className="flex flex-wrap justify-end gap-2 border-t border-line px-4 py-3 sm:px-6">{footer}</div>}
    </dialog>
  );
}
