"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocaleAction } from "@/app/actions";
import { LOCALES } from "@/lib/i18n/messages";
import { useI18n } from "./i18n-provider";

export function LanguageSwitch() {
  const { locale, messages } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="inline-flex items-center gap-2">
      <span>{messages.footer.language}</span>
      <select
        className="rounded-sm border border-line-strong bg-white px-1 py-0.5 text-squid"
        value={locale}
        disabled={pending}
        onChange={(event) => {
          const formData = new FormData();
          formData.set("locale", event.target.value);
          startTransition(async () => {
            await setLocaleAction(formData);
            router.refresh();
          });
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {messages.footer.languageNames[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
