// Records real WebAuthn answers for lib/mfa/webauthn.test.ts: Chromium's virtual authenticator (CDP
// WebAuthn.addVirtualAuthenticator, the one the Playwright specs use) registers a credential through
// @simplewebauthn/browser on a page at http://localhost:PORT, then signs in with it twice. The options and
// the answers, exactly as a browser sent them, go to lib/mfa/fixtures/webauthn-recorded.json.
//
//   npx tsx scripts/record-webauthn-fixtures.ts [port]     (default 3501; needs /usr/bin/chromium)
//
// Run it again only to change what is recorded: the tests check these bytes, not the recorder.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { chromium } from "@playwright/test";
import { authenticationOptions, newChallenge, registrationOptions, relyingPartyFor, verifyRegistration } from "../lib/mfa/webauthn";

const port = Number(process.argv[2] ?? 3501);
const origin = `http://localhost:${port}`;
const OUT = path.resolve("lib/mfa/fixtures/webauthn-recorded.json");
const BROWSER_BUNDLE = path.resolve("node_modules/@simplewebauthn/browser/dist/bundle/index.umd.min.js");

async function main() {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html" });
    response.end("<!doctype html><title>WebAuthn recorder</title>");
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    await page.goto(origin);
    await page.addScriptTag({ path: BROWSER_BUNDLE });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("WebAuthn.enable");
    await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: { protocol: "ctap2", transport: "usb", hasResidentKey: false, hasUserVerification: false, automaticPresenceSimulation: true },
    });

    const relyingParty = relyingPartyFor(origin);
    if (!relyingParty.ok) throw new Error(`no relying party for ${origin}`);
    const rp = relyingParty.rp;
    const registrationChallenge = newChallenge();
    const creation = await registrationOptions({
      rp,
      userName: "root@111122223333",
      userId: new TextEncoder().encode("recorder-principal"),
      challenge: registrationChallenge,
      exclude: [],
    });
    const registration = await page.evaluate(
      (optionsJSON) => (window as unknown as { SimpleWebAuthnBrowser: { startRegistration: (o: unknown) => Promise<unknown> } }).SimpleWebAuthnBrowser.startRegistration({ optionsJSON }),
      creation,
    );
    const credential = await verifyRegistration({ response: registration as never, expectedChallenge: registrationChallenge, rp });
    if (!credential) throw new Error("the recorded registration does not verify");

    const assertions = [];
    for (let i = 0; i < 2; i++) {
      const challenge = newChallenge();
      const request = await authenticationOptions({ rp, challenge, allow: [credential] });
      const response = await page.evaluate(
        (optionsJSON) => (window as unknown as { SimpleWebAuthnBrowser: { startAuthentication: (o: unknown) => Promise<unknown> } }).SimpleWebAuthnBrowser.startAuthentication({ optionsJSON }),
        request,
      );
      assertions.push({ challenge, response });
    }

    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    const recorded = {
      recordedWith: "scripts/record-webauthn-fixtures.ts: Chromium's virtual authenticator (ctap2, usb), @simplewebauthn/browser",
      origin,
      rpId: rp.id,
      registration: { challenge: registrationChallenge, response: registration },
      assertions,
    };
    fs.writeFileSync(OUT, `${JSON.stringify(recorded, null, 2)}\n`);
    console.log(`Wrote ${path.relative(process.cwd(), OUT)}`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
