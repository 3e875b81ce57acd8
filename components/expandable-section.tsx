"use client";

import { type ReactNode, useId, useState } from "react";

/** One of the credentials page's collapsible sections: a heading button that shows or hides its body. */
export function ExpandableSection({
  title,
  children,
  defaultOpen = false,
  tutorialTarget,
}: {
  title: string;
  children: ReactNode;
  defaultOpen?: boolean;
  /** The heading button's name for the guided tutorial (lib/tutorial). */
  tutorialTarget?: string;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = useId();
  return (
    <section className="border-b border-line last:border-b-0">
      <h2>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          data-tutorial={tutorialTarget}
          onClick={() => setOpen(!open)}
          className="flex w-full items-center gap-2 px-5 py-3 text-left text-base font-bold hover:bg-page"
        >
          <span aria-hidden="true" className={`inline-block transition-transform ${open ? "rotate-90" : ""}`}>
            ▸
          </span>
          {title}
        </button>
      </h2>
      <div id={bodyId} hidden={!open} className="px-5 pb-4 pl-10">
        {children}
      </div>
    </section>
  );
}
