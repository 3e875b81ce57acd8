"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";

type NavKey = "dashboard" | "users" | "accountSettings" | "securityCredentials";

const SECTIONS: { title?: "accessManagement"; links: { href: string; key: NavKey }[] }[] = [
  { links: [{ href: "/iam/home", key: "dashboard" }] },
  {
    title: "accessManagement",
    links: [
      { href: "/iam/users", key: "users" },
      { href: "/iam/account-settings", key: "accountSettings" },
    ],
  },
  { links: [{ href: "/iam/security-credentials", key: "securityCredentials" }] },
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
                    aria-current={current ? "page" : undefined}
                    className={`block py-1 pr-4 ${section.title ? "pl-9" : "pl-6"} ${current ? "font-bold text-orange" : "text-squid"}`}
                  >
                    {messages.nav[link.key]}
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
