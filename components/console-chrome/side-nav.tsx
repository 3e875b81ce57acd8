"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { Messages } from "@/lib/i18n/en";

type NavLink = { href: string; label: (messages: Messages) => string };

const SECTIONS: { title?: "accessManagement"; links: NavLink[] }[] = [
  { links: [{ href: "/iam/home", label: (m) => m.nav.dashboard }] },
  {
    title: "accessManagement",
    links: [
      // The 2021 console's order: User groups, Users, Roles, Policies, …, Account settings.
      { href: "/iam/groups", label: (m) => m.permissionsNav.userGroups },
      { href: "/iam/users", label: (m) => m.nav.users },
      { href: "/iam/roles", label: (m) => m.permissionsNav.roles },
      { href: "/iam/policies", label: (m) => m.permissionsNav.policies },
      { href: "/iam/mfa-devices", label: (m) => m.adminNav.mfaDevices },
      { href: "/iam/account-settings", label: (m) => m.nav.accountSettings },
    ],
  },
  {
    links: [
      { href: "/iam/security-credentials", label: (m) => m.nav.securityCredentials },
      { href: "/iam/event-history", label: (m) => m.adminNav.eventHistory },
    ],
  },
];

const NAV_ID = "side-nav";

/**
 * The IAM navigation: a 240 px column beside the page from the md width (768 px); below it, folded
 * behind a menu button above the page, so the page keeps the screen's whole width. It folds again
 * when the learner follows one of its links.
 */
export function SideNav() {
  const { messages } = useI18n();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  return (
    <>
      <div className="border-b border-line bg-white px-4 py-2 md:hidden">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={NAV_ID}
          data-tutorial="nav-menu"
          onClick={() => setOpen(!open)}
          className="btn-normal gap-2"
        >
          <span aria-hidden="true">☰</span>
          {messages.nav.menu}
        </button>
      </div>
      <nav
        id={NAV_ID}
        aria-label={messages.nav.iam}
        data-folded-by={open ? undefined : "nav-menu"}
        className={`${open ? "block" : "hidden"} shrink-0 border-b border-line bg-white py-4 md:block md:w-60 md:border-r md:border-b-0`}
      >
        <p className="px-6 pb-3 text-base font-bold">{messages.nav.iam}</p>
        {SECTIONS.map((section, index) => (
          <div key={index} className="mb-2">
            {section.title && <p className="px-6 pt-2 pb-1 text-xs font-bold text-muted">{messages.nav[section.title]}</p>}
            <ul>
              {section.links.map((link) => {
                const current = pathname === link.href || pathname.startsWith(`${link.href}/`);
                return (
                  <li key={link.href}>
                    <Link
                      href={link.href}
                      data-tutorial={`nav-${link.href.split("/").pop()}`}
                      aria-current={current ? "page" : undefined}
                      onClick={() => setOpen(false)}
                      className={`block py-1 pr-4 ${section.title ? "pl-9" : "pl-6"} ${current ? "font-bold text-orange-strong" : "text-squid"}`}
                    >
                      {link.label(messages)}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </nav>
    </>
  );
}
