"use client";

import { createContext, type ReactNode, use, useContext, useMemo } from "react";
import type { Messages } from "@/lib/i18n/en";
import type { Locale } from "@/lib/i18n/messages";

/**
 * The messages client components read with `useI18n().messages.<namespace>`.
 *
 * Only some namespaces travel with a page (its RSC payload): the root layout sends BASE_NAMESPACES
 * (lib/i18n/client-namespaces.ts), and a page sends the namespaces its client components read by
 * wrapping what it returns in one element:
 *
 *   <ClientMessages namespaces={["securityCredentials", "mfaWizard"]}>…</ClientMessages>
 *
 * (components/i18n/client-messages.tsx; the console layout does the same for its chrome). A namespace a
 * client component reads that its page did not send still works: the whole catalogue of the language
 * is then loaded as a script of its own (the component suspends meanwhile, and `npm run dev` warns in
 * the console), so a page that declares nothing keeps working, at the cost of that extra script.
 * `lib/i18n/client-namespaces.test.ts` checks every declaration against what the components read.
 */
type Scope = { locale: Locale; sent: Partial<Messages> };

const I18nContext = createContext<Scope | null>(null);

export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: Partial<Messages>; children: ReactNode }) {
  const value = useMemo(() => ({ locale, sent: messages }), [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** More namespaces for the components inside it (what ClientMessages renders). */
export function MessagesScope({ messages, children }: { messages: Partial<Messages>; children: ReactNode }) {
  const parent = useScope();
  const value = useMemo(() => ({ locale: parent.locale, sent: { ...parent.sent, ...messages } }), [parent, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

// The whole catalogue of a language, loaded at most once per page load (and once per server process
// for server rendering); `loaded` lets a read outside rendering (an event handler) use it synchronously.
const loading: Partial<Record<Locale, Promise<Messages>>> = {};
const loaded: Partial<Record<Locale, Messages>> = {};

function wholeCatalogue(locale: Locale): Promise<Messages> {
  loading[locale] ??= (locale === "ko" ? import("@/lib/i18n/ko").then((m) => m.ko) : import("@/lib/i18n/en").then((m) => m.en)).then(
    (messages) => (loaded[locale] = messages),
  );
  return loading[locale];
}

// Property reads that are not namespaces: React and promises probe objects for these.
const NOT_NAMESPACES = new Set(["then", "toJSON", "$$typeof"]);
const warned = new Set<string>();

function withFallback({ locale, sent }: Scope): Messages {
  return new Proxy(sent as Messages, {
    get(target, key, receiver) {
      if (typeof key !== "string" || key in target || NOT_NAMESPACES.has(key)) return Reflect.get(target, key, receiver);
      if (process.env.NODE_ENV !== "production" && !warned.has(key)) {
        warned.add(key);
        console.warn(`messages.${key} was not sent with this page: add "${key}" to its <ClientMessages namespaces>.`);
      }
      // Suspends while rendering; outside rendering (no dispatcher) `use` throws, and the read is
      // answered once the catalogue has arrived.
      const whole = loaded[locale];
      if (whole) return whole[key as keyof Messages];
      const promise = wholeCatalogue(locale);
      try {
        return use(promise)[key as keyof Messages];
      } catch (error) {
        if (error instanceof TypeError) return undefined;
        throw error;
      }
    },
  });
}

function useScope(): Scope {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>.");
  return value;
}

export function useI18n(): { locale: Locale; messages: Messages } {
  const scope = useScope();
  return useMemo(() => ({ locale: scope.locale, messages: withFallback(scope) }), [scope]);
}
