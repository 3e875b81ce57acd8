import type { BrowserContext, Page } from "@playwright/test";
import { rootOf, signInAsRoot, signInWithoutUi } from "../support/accounts";
import { expect, test } from "../support/fixtures";
import { assignRootVirtualMfa, submitMfaCode } from "../support/mfa";
import { totpCode } from "../support/totp";

// Issue 14, item 1: a sign-in link whose callbackUrl leads off the site. Each is written as it
// appears in a link; browsers drop tab, newline and carriage return and read "\" as "/".
const LINKS = [
  "/%09/evil.example", // tab
  "/%0A/evil.example", // newline
  "/%0D/evil.example", // carriage return
  "/\\evil.example", // backslash
  "/%5Cevil.example", // backslash, encoded
  "/%255cevil.example", // "%5c" itself, encoded once more
  "%2F%2Fevil.example", // "//", encoded
  "//evil.example", // protocol-relative
  "/%5C/evil.example",
  "https://evil.example/",
  "https:evil.example",
  "https:%2F%2Fevil.example",
];

/** Anything off the site is answered here, so a redirect that escapes shows as this page, not a DNS error. */
async function trapOtherHosts(context: BrowserContext, baseURL: string) {
  const site = new URL(baseURL).host;
  await context.route(
    (url) => url.host !== site,
    (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<h1>evil.example</h1>" }),
  );
}

/** Past the sign-in page and still on this site: the dashboard, or a page of this site a path names. */
async function expectOnSite(page: Page, baseURL: string) {
  const site = new URL(baseURL).origin;
  await expect(page).toHaveURL((url) => url.origin === site && !url.pathname.startsWith("/signin"));
  await page.waitForLoadState();
  await expect(page.getByRole("heading", { name: "evil.example" })).toHaveCount(0);
  expect(new URL(page.url()).origin).toBe(site);
}

test.describe("attack: open redirect after sign-in", () => {
  test("a signed-in user opening a sign-in link to another site stays on the console", async ({ rootPage: page, baseURL }) => {
    await trapOtherHosts(page.context(), baseURL!);
    for (const link of LINKS) {
      await test.step(link, async () => {
        await page.goto(`/signin?callbackUrl=${link}`);
        await expectOnSite(page, baseURL!);
      });
    }
  });

  test("signing in with the password from such a link lands on the console", async ({ page, account, baseURL }) => {
    await trapOtherHosts(page.context(), baseURL!);
    for (const link of LINKS) {
      await test.step(link, async () => {
        await page.context().clearCookies();
        await signInAsRoot(page, account.email, account.password, `/signin?callbackUrl=${link}`);
        await expectOnSite(page, baseURL!);
      });
    }
  });

  test("signing in with password and MFA code from such a link lands on the console", async ({ page, account, baseURL }) => {
    await signInWithoutUi(page, rootOf(account));
    const seed = await assignRootVirtualMfa(page);
    await page.context().clearCookies();
    await trapOtherHosts(page.context(), baseURL!);
    await signInAsRoot(page, account.email, account.password, "/signin?callbackUrl=/%09/evil.example");
    await submitMfaCode(page, totpCode(seed, 1));
    await expectOnSite(page, baseURL!);
  });

  test("next-auth's own endpoints redirect only within the site", async ({ request, account, baseURL }) => {
    const csrf = async () => ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
    for (const callbackUrl of ["/\t/evil.example", "/\\evil.example", "//evil.example", "https://evil.example/", "https:evil.example"]) {
      const response = await request.post("/api/auth/callback/password", {
        form: { kind: "root", email: account.email, password: account.password, csrfToken: await csrf(), callbackUrl },
        maxRedirects: 0,
      });
      const location = response.headers().location ?? "";
      expect(new URL(location, baseURL).origin, `${JSON.stringify(callbackUrl)} -> ${location}`).toBe(new URL(baseURL!).origin);
      const signOut = await request.post("/api/auth/signout", { form: { csrfToken: await csrf(), callbackUrl }, maxRedirects: 0 });
      const after = signOut.headers().location ?? "";
      expect(new URL(after, baseURL).origin, `sign-out ${JSON.stringify(callbackUrl)} -> ${after}`).toBe(new URL(baseURL!).origin);
    }
  });
});
