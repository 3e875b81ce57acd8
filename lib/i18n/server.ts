import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { DEFAULT_TIME_ZONE, isTimeZone } from "../format-date";
import { messagesFor } from "./catalogues";
import { isLocale, type Locale, LOCALE_COOKIE, localeFromAcceptLanguage } from "./messages";
import { TIME_ZONE_COOKIE } from "./time-zone";

/** The reader's language: the footer's choice if made, else the browser's. */
export const getLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
});

export async function getMessages() {
  return messagesFor(await getLocale());
}

/** The reader's time zone, as their browser reported it (components/i18n/time-zone-sync.tsx); UTC until then. */
export const getTimeZone = cache(async (): Promise<string> => {
  const reported = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return reported && isTimeZone(reported) ? reported : DEFAULT_TIME_ZONE;
});
