import type { APIRequestContext } from "@playwright/test";
import { rootOf, signInWithoutUi } from "../support/accounts";
import { newestEventRecord } from "../support/console";
import { expect, test } from "../support/fixtures";

// Issue 14, item 3: on a default deployment (TRUSTED_PROXY_HOPS unset: no proxy trusted) the client's
// address is the connection's, whatever X-Forwarded-For or X-Real-IP claim. Which hop is taken behind
// trusted proxies is lib/http/forwarded.test.ts's; the limits keyed by it, lib/auth/rate-limit's tests.
const forged = (n: number) => ({ "x-forwarded-for": `198.51.100.${n}`, "x-real-ip": `203.0.113.${n}` });

async function passwordStep(request: APIRequestContext, fields: Record<string, string>, headers: Record<string, string>) {
  const csrf = ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  const response = await request.post("/api/auth/callback/password", { form: { ...fields, csrfToken: csrf }, headers, maxRedirects: 0 });
  return response.headers().location ?? "";
}

test.describe("attack: forged client addresses", () => {
  test("a new X-Forwarded-For per guess does not reset the password limit", async ({ request, account }) => {
    const root = { kind: "root", email: account.email };
    for (let guess = 1; guess <= 10; guess++) {
      expect(await passwordStep(request, { ...root, password: `Wrong-${guess}` }, forged(guess))).toMatch(/[?&]error=/);
    }
    // Past the limit even the right password is not checked, from any claimed address.
    expect(await passwordStep(request, { ...root, password: account.password }, forged(99))).toMatch(/[?&]error=/);
    expect(await passwordStep(request, { ...root, password: account.password }, {})).toMatch(/[?&]error=/);
  });

  test("the event history records the connection's address, not a claimed one", async ({ page, account }) => {
    await page.context().setExtraHTTPHeaders(forged(7));
    await signInWithoutUi(page, rootOf(account));
    const record = await newestEventRecord(page, { eventName: "ConsoleLogin" });
    expect(record.sourceIPAddress).toMatch(/^(127\.0\.0\.1|::1)$/);
  });

  test("a sign-up with a claimed address is counted and recorded under the connection's", async ({ page, request }) => {
    // The sign-up limit's key and the CreateAccount event take the same address (app/api/sandboxes).
    const fields = { email: `forged-${Date.now()}@example.com`, accountName: "Forged", password: "Lab-Root-2021!" };
    const response = await request.post("/api/sandboxes", { data: fields, headers: forged(8) });
    expect(response.status()).toBe(201);
    await signInWithoutUi(page, { kind: "root", email: fields.email, password: fields.password });
    const record = await newestEventRecord(page, { eventName: "CreateAccount" });
    expect(record.sourceIPAddress).toMatch(/^(127\.0\.0\.1|::1)$/);
  });
});
