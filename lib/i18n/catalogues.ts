import { en, type Messages } from "./en";
import { ko } from "./ko";
import type { Locale } from "./messages";

// Apart from messages.ts, which client components import for format() and lookup(): a client bundle
// that imports this module carries both catalogues whole (components/i18n/i18n-provider.tsx loads one
// on demand instead).
const CATALOGUES: Record<Locale, Messages> = { en, ko };

/** A language's whole catalogue: for server code (pages send the client only some namespaces). */
export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}
