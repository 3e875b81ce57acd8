import { ClientMessages } from "./i18n/client-messages";
import { LanguageSwitch } from "./i18n/language-switch";
import type { Messages } from "@/lib/i18n/en";

export function Footer({ messages, dark = false }: { messages: Messages; dark?: boolean }) {
  return (
    <footer
      className={`flex flex-wrap items-center justify-between gap-3 px-6 py-2 text-xs ${dark ? "bg-navy text-[#d5dbdb]" : "text-muted"}`}
    >
      <ClientMessages namespaces={["footer"]}>
        <LanguageSwitch />
      </ClientMessages>
      <p>{messages.footer.copyright}</p>
    </footer>
  );
}
