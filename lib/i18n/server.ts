import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { isLocale, type Locale, LOCALE_COOKIE, localeFromAcceptLanguage, messagesFor } from "./messages";

/** The reader's language: the footer's choice if made, else the browser's. */
export const getLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
});

export async function getMessages() {
  return messagesFor(await getLocale());
}
