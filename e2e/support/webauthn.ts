import type { CDPSession, Page } from "@playwright/test";

/**
 * A security key for `page`'s browser: Chromium's virtual authenticator (CDP WebAuthn.enable and
 * WebAuthn.addVirtualAuthenticator), a USB CTAP2 key that answers without a touch. It serves every page
 * of the browser context's CDP target, until the session is detached.
 */
export async function addVirtualAuthenticator(page: Page): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "usb", hasResidentKey: false, hasUserVerification: false, automaticPresenceSimulation: true },
  });
  return { cdp, authenticatorId };
}

/** The credentials the virtual authenticator holds, with their signature counters. */
export async function virtualCredentials({ cdp, authenticatorId }: { cdp: CDPSession; authenticatorId: string }) {
  return (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials;
}
