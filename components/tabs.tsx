import Link from "next/link";
import type { ReactNode } from "react";

export type Tab = {
  id: string;
  label: string;
  /** Where another tab's content lives; absent for the selected one. */
  href?: string;
  /** The tab's name for the guided tutorial (lib/tutorial). */
  tutorial?: string;
};

/**
 * A tab strip and the selected tab's panel. The console's tabs are sections of one page each, so
 * another tab is a link to its page, and only the selected tab's content is rendered. The strip scrolls
 * sideways on a narrow screen rather than the page.
 */
export function Tabs({ label, tabs, selected, children }: { label: string; tabs: Tab[]; selected: string; children: ReactNode }) {
  const tabId = (id: string) => `${id}-tab`;
  return (
    <>
      <div role="tablist" aria-label={label} className="flex overflow-x-auto border-b border-line">
        {tabs.map((tab) =>
          tab.id === selected ? (
            <span
              key={tab.id}
              role="tab"
              tabIndex={0}
              aria-selected="true"
              id={tabId(tab.id)}
              aria-controls={tab.id}
              data-tutorial={tab.tutorial}
              className="shrink-0 border-b-2 border-orange px-4 py-2 font-bold"
            >
              {tab.label}
            </span>
          ) : (
            <Link key={tab.id} href={tab.href ?? "#"} role="tab" aria-selected="false" id={tabId(tab.id)} data-tutorial={tab.tutorial} className="shrink-0 px-4 py-2 text-squid">
              {tab.label}
            </Link>
          ),
        )}
      </div>
      <div role="tabpanel" id={selected} aria-labelledby={tabId(selected)} className="space-y-6 pt-4">
        {children}
      </div>
    </>
  );
}
