import type { Metadata } from "next";
import type { ReactNode } from "react";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { TutorialPanel } from "@/components/tutorial/tutorial-panel";
import { TimeZoneSync } from "@/components/i18n/time-zone-sync";
import { BASE_NAMESPACES, pickMessages } from "@/lib/i18n/client-namespaces";
import { getLocale, getTimeZone } from "@/lib/i18n/server";
import { messagesFor } from "@/lib/i18n/catalogues";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messagesFor(await getLocale()).meta.title };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        {/* Only the base namespaces: each page sends its own (components/i18n/i18n-provider.tsx). */}
        <I18nProvider locale={locale} messages={pickMessages(messagesFor(locale), BASE_NAMESPACES)}>
          {children}
          <TutorialPanel />
          <TimeZoneSync serverZone={timeZone} />
        </I18nProvider>
      </body>
    </html>
  );
}
