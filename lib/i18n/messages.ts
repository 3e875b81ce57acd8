import type { Messages } from "./en";

export const LOCALES = ["en", "ko"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
/** The cookie that remembers the language chosen in the footer. */
export const LOCALE_COOKIE = "lang";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The first supported language of an Accept-Language header, by its q-values. */
export function localeFromAcceptLanguage(header: string | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { language: tag.toLowerCase().split("-")[0], q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.language).find(isLocale) ?? DEFAULT_LOCALE;
}

// One PluralRules per locale: making one costs far more than asking it.
const PLURAL_RULES: Record<Locale, Intl.PluralRules> = { en: new Intl.PluralRules("en"), ko: new Intl.PluralRules("ko") };
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other) \{[^{}]*\})+)\s*\}/g;
const PLURAL_BRANCH = /(=\d+|zero|one|two|few|many|other) \{([^{}]*)\}/g;

/**
 * Fills "{name}" placeholders, and ICU's plural form "{seconds, plural, one {# second} other {# seconds}}"
 * by the language's plural rules ("#" is the number; "=0" matches exactly): English says "1 second",
 * Korean has one form for every number. A branch the language's rules pick but the message lacks
 * falls back to "other".
 */
export function format(template: string, values: Record<string, string | number>, locale: Locale = DEFAULT_LOCALE): string {
  return template
    .replace(PLURAL, (match, name: string, body: string) => {
      const value = values[name];
      if (typeof value !== "number") return match;
      const branches = new Map([...body.matchAll(PLURAL_BRANCH)].map(([, key, text]) => [key, text]));
      const text = branches.get(`=${value}`) ?? branches.get(PLURAL_RULES[locale].select(value)) ?? branches.get("other") ?? match;
      return text.replace(/#/g, String(value));
    })
    .replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** Looks up a dotted key such as "validation.required"; unknown keys fall back to the generic error. */
export function lookup(messages: Messages, key: string): string {
  const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  return typeof value === "string" ? value : messages.common.genericError;
}

/** Looks up every value of a map of message keys, such as an action's field errors. */
export function lookupAll(messages: Messages, keys: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, lookup(messages, key)]));
}
