import type { Locale } from "./i18n/messages";

const MS_PER_DAY = 24 * 60 * 60 * 1000;

/** Whole days between two instants, for "password age" and similar columns. */
export function daysBetween(earlier: Date, later: Date): number {
  return Math.max(0, Math.floor((later.getTime() - earlier.getTime()) / MS_PER_DAY));
}

/** A date and time as the console shows it, in UTC so every reader of a class sees the same. */
export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "ko" ? "ko-KR" : "en-US", {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: "UTC",
  }).format(date) + " UTC";
}
