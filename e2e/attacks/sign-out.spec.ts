import type { Browser, BrowserContext } from "@playwright/test";
import { rootOf, signInWithoutUi } from "../support/accounts";
import { expect, test } from "../support/fixtures";
import { signOut } from "../support/mfa";

// Issue 14, item 5: whichever way a session ends, a copy of its cookie opens nothing afterwards.
async function sessionCookieOf(context: BrowserContext) {
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(cookie, "a session cookie").toBeDefined();
  return cookie!;
}

async function expectCookieRefused(browser: Browser, cookie: Awaited<ReturnType<typeof sessionCookieOf>>) {
  const thief = await browser.newContext();
  await thief.addCookies([cookie]);
  const page = await thief.newPage();
  await page.goto("/iam/home");
  await expect(page).toHaveURL(/\/signin/);
  await thief.close();
}

test.describe("attack: a copied session cookie after sign-out", () => {
  test("next-auth's own POST /api/auth/signout revokes the session", async ({ page, account, browser }) => {
    await signInWithoutUi(page, rootOf(account));
    const cookie = await sessionCookieOf(page.context());
    const csrf = ((await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
    const response = await page.request.post("/api/auth/signout", { form: { csrfToken: csrf }, maxRedirects: 0 });
    expect(response.status()).toBe(302);
    await expectCookieRefused(browser, cookie);
  });

  test("the console's Sign out revokes the session", async ({ rootPage: page, browser }) => {
    const cookie = await sessionCookieOf(page.context());
    await signOut(page);
    await expectCookieRefused(browser, cookie);
  });
});
