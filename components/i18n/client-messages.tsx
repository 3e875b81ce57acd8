import type { ReactNode } from "react";
import { type Namespace, pickMessages } from "@/lib/i18n/client-namespaces";
import { getMessages } from "@/lib/i18n/server";
import { MessagesScope } from "./i18n-provider";

/**
 * Sends the client components inside it these namespaces of the reader's catalogue, on top of the root
 * layout's BASE_NAMESPACES: list every namespace they read (`useI18n().messages.<namespace>`), and
 * `lib/i18n/client-namespaces.test.ts` checks the list. A server component, for pages and layouts;
 * see components/i18n/i18n-provider.tsx for what happens to a namespace left out.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly Namespace[]; children: ReactNode }) {
  return <MessagesScope messages={pickMessages(await getMessages(), namespaces)}>{children}</MessagesScope>;
}
