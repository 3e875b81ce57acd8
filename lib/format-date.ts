import type { Locale } from "./i18n/messages";

const MS_PER_DAY = 24 * 60 * 60 * 1000;

/** Whole days between two instants, for "password age" and similar columns. */
export function daysBetween(earlier: Date, later: Date): number {
  return Math.max(0, Math.floor((later.getTime() - earlier.getTime()) / MS_PER_DAY));
}

/** The zone times are shown in until the browser has said its own (lib/i18n/time-zone.ts). */
export const DEFAULT_TIME_ZONE = "UTC";

/** An IANA time zone name this runtime knows ("Asia/Seoul"), as a browser reports its own. */
export function isTimeZone(value: string): boolean {
  if (value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const TIME = { hour: "numeric", minute: "2-digit", second: "2-digit", hour12: true } as const;
// Each language's medium date: "Nov 29, 2026", "2026. 11. 29.".
const DATE_TIME: Record<Locale, Intl.DateTimeFormatOptions> = {
  en: { ...TIME, year: "numeric", month: "short", day: "numeric" },
  ko: { ...TIME, year: "numeric", month: "2-digit", day: "2-digit" },
};
const OFFSET = { timeZoneName: "longOffset" } as const;

// CLDR's abbreviated Korean day periods, which the medium styles use, are "AM" and "PM"; the console
// writes the wide ones, as Korean readers expect. (Intl's dayPeriod option gives flexible periods,
// "밤" or "아침", instead.)
const DAY_PERIODS: Partial<Record<Locale, Record<string, string>>> = { ko: { AM: "오전", PM: "오후" } };

// One formatter per locale, zone and style: making an Intl.DateTimeFormat costs far more than formatting
// with it. The zones are the few the learners' browsers report.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone} ${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale === "ko" ? "ko-KR" : "en-US", { ...options, timeZone });
    formatters.set(key, made);
  }
  return made;
}

function formatParts(date: Date, locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  const periods = DAY_PERIODS[locale];
  return formatter(locale, timeZone, options)
    .formatToParts(date)
    .map((part) => (part.type === "dayPeriod" && periods?.[part.value]) || part.value)
    .join("");
}

/** The zone as AWS's console names it: its offset from UTC at that instant, "UTC+09:00", "UTC-05:00". */
export function zoneLabel(date: Date, timeZone: string): string {
  const offset = formatter("en", timeZone, OFFSET)
    .formatToParts(date)
    .find((part) => part.type === "timeZoneName")!.value;
  return offset === "GMT" ? "UTC+00:00" : offset.replace("GMT", "UTC");
}

/** A date and time as the console shows it: in the reader's zone and language, the zone named. */
export function formatDateTime(date: Date, locale: Locale, timeZone: string): string {
  return `${formatParts(date, locale, timeZone, DATE_TIME[locale])} (${zoneLabel(date, timeZone)})`;
}

/** A time of day today, as formatDateTime shows it (a lockout's end). */
export function formatTime(date: Date, locale: Locale, timeZone: string): string {
  return `${formatParts(date, locale, timeZone, TIME)} (${zoneLabel(date, timeZone)})`;
}
