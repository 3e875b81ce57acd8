"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { Messages } from "@/lib/i18n/en";

type NavLink = { href: string; label: (messages: Messages) => string };

const SECTIONS: { title?: "accessManagement"; links: NavLink[] }[] = [
  { links: [{ href: "/iam/home", label: (m) => m.nav.dashboard }] },
  {
    title: "accessManagement",
    links: [
      { href: "/iam/users", label: (m) => m.nav.users },
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

export function SideNav() {
  const { messages } = useI18n();
  const pathname = usePathname();
  return (
    <nav aria-label={messages.nav.iam} className="w-60 shrink-0 border-r border-line bg-white py-4">
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
  );
}
