import type { Messages } from "./en";

/** A top-level key of the catalogue: what a client component reads as `useI18n().messages.<namespace>`. */
export type Namespace = keyof Messages;

/**
 * What the root layout sends to every page's client components: the namespaces of the error keys that
 * server actions answer with (`lookup(messages, "validation.required")`), the shared dialogs' words and
 * the guided tutorial's panel, which the root layout renders on every page.
 * Everything else a page sends itself (components/i18n/client-messages.tsx).
 */
export const BASE_NAMESPACES = ["common", "validation", "iamErrors", "adminValidation", "tutorial"] as const satisfies readonly Namespace[];

/** Those namespaces of a catalogue, as the client is sent them. */
export function pickMessages(messages: Messages, namespaces: readonly Namespace[]): Partial<Messages> {
  return Object.fromEntries(namespaces.map((name) => [name, messages[name]]));
}
