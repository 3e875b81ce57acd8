import { createElement, type ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { prerenderToNodeStream } from "react-dom/static";
import { describe, expect, it } from "vitest";
import { BASE_NAMESPACES, pickMessages } from "@/lib/i18n/client-namespaces";
import { en, type Messages } from "@/lib/i18n/en";
import { ko } from "@/lib/i18n/ko";
import type { Locale } from "@/lib/i18n/messages";
import { I18nProvider, MessagesScope, useI18n } from "./i18n-provider";

function SignUpHeading() {
  return createElement("h1", null, useI18n().messages.signUp.heading);
}

/** As the root layout renders it: the base namespaces, then a page's scope, if any. */
function page(locale: Locale, scope: Partial<Messages> | null, children: ReactNode) {
  const base = pickMessages(locale === "ko" ? ko : en, BASE_NAMESPACES);
  return createElement(I18nProvider, { locale, messages: base, children: scope ? createElement(MessagesScope, { messages: scope, children }) : children });
}

async function prerendered(element: ReactNode): Promise<string> {
  const { prelude } = await prerenderToNodeStream(element);
  let html = "";
  for await (const chunk of prelude) html += chunk;
  return html;
}

describe("useI18n", () => {
  it("reads the namespaces a page sends, and the root layout's, without waiting", () => {
    const html = renderToString(page("en", { signUp: en.signUp }, createElement(SignUpHeading)));
    expect(html).toContain("Sign up for AWS");
  });

  it("gives a component whose page did not send its namespace the whole catalogue of the reader's language", async () => {
    expect(await prerendered(page("en", null, createElement(SignUpHeading)))).toContain(en.signUp.heading);
    expect(await prerendered(page("ko", { securityCredentials: ko.securityCredentials }, createElement(SignUpHeading)))).toContain(ko.signUp.heading);
  });
});
