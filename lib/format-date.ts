import type { Locale } from "./i18n/messages";

const MS_PER_DAY = 24 * 60 * 60 * 1000;

/** Whole days between two instants, for "password age" and similar columns. */
export function daysBetween(earlier: Date, later: Date): number {
  return Math.max(0, Math.floor((later.getTime() - earlier.getTime()) / MS_PER_DAY));
}

// One formatter per locale: making an Intl.DateTimeFormat costs far more than formatting with it.
const DATE_TIME_FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" }),
  ko: new Intl.DateTimeFormat("ko-KR", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" }),
};

/** A date and time as the console shows it, in UTC so every reader of a class sees the same. */
export function formatDateTime(date: Date, locale: Locale): string {
  return `${DATE_TIME_FORMATS[locale].format(date)} UTC`;
}
