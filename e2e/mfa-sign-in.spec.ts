import type { Browser, Page } from "@playwright/test";
import { rootOf, type SandboxAccount, signInAsRoot, signInWithoutUi } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import { assignRootVirtualMfa, submitMfaCode } from "./support/mfa";
import { totpCode } from "./support/totp";

const INCORRECT = "Your authentication information is incorrect. Please try again.";
const CODE_USED = "This code was already used. Wait for your app to show the next code, then type that one.";

/** A fresh sandbox whose root user has a virtual MFA device; returns its seed. */
async function rootWithMfa(page: Page, account: SandboxAccount): Promise<string> {
  await signInWithoutUi(page, rootOf(account));
  const seed = await assignRootVirtualMfa(page);
  await page.context().clearCookies();
  await page.goto("/signin");
  return seed;
}

async function passwordStepIn(browser: Browser, account: SandboxAccount): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAsRoot(page, account.email, account.password);
  await expect(page.getByRole("heading", { name: "Multi-factor authentication" })).toBeVisible();
  return page;
}

test.describe("MFA at sign-in", () => {
  test("the next sign-in asks for the code, and the session then carries MFA", async ({ page, account }) => {
    const seed = await rootWithMfa(page, account);
    await signInAsRoot(page, account.email, account.password);
    await expect(page).toHaveURL(/\/signin\/mfa/);
    await expect(page.getByText("Your account is secured using multi-factor authentication (MFA).")).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/tutorial-en-6-mfa-sign-in.png" });
    // The codes typed at assignment are spent: the code still on screen is refused, saying why.
    await submitMfaCode(page, totpCode(seed, -1));
    await expect(page.getByRole("alert").filter({ hasText: CODE_USED })).toBeVisible();
    await submitMfaCode(page, String((Number(totpCode(seed, 1)) + 1) % 1_000_000).padStart(6, "0"));
    await expect(page.getByRole("alert").filter({ hasText: INCORRECT })).toBeVisible();
    await submitMfaCode(page, totpCode(seed, 1));
    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
    await page.getByRole("button", { name: /Account menu/ }).click();
    await expect(page.getByTestId("account-menu").getByText("Signed in with MFA")).toBeVisible();
    await expect(page.getByText("Activate MFA on your root account")).toHaveCount(0);
  });

  test("the Korean MFA page", async ({ page, account }) => {
    const seed = await rootWithMfa(page, account);
    await page.getByLabel("Language").selectOption("ko");
    await page.getByRole("radio", { name: /루트 사용자/ }).check();
    await page.getByLabel("루트 사용자 이메일 주소").fill(account.email);
    await page.getByRole("button", { name: "다음" }).click();
    await page.getByLabel("암호").fill(account.password);
    await page.getByRole("button", { name: "로그인", exact: true }).click();
    await expect(page.getByRole("heading", { name: "멀티 팩터 인증" })).toBeVisible();
    await expect(page.getByRole("link", { name: "MFA 문제 해결" })).toBeVisible();
    await page.getByLabel("MFA 코드").fill(totpCode(seed, 1));
    await page.getByRole("button", { name: "제출" }).click();
    await expect(page.getByRole("heading", { name: "IAM 대시보드" })).toBeVisible();
  });

  test("a code works once: the same code in a second browser is refused", async ({ page, account, browser }) => {
    const seed = await rootWithMfa(page, account);
    const first = await passwordStepIn(browser, account);
    const second = await passwordStepIn(browser, account);
    const code = totpCode(seed, 1);
    await submitMfaCode(first, code);
    await expect(first.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
    await submitMfaCode(second, code);
    await expect(second.getByRole("alert").filter({ hasText: CODE_USED })).toBeVisible();
    await second.goto("/iam/home");
    await expect(second).toHaveURL(/\/signin/);
  });

  test("after the password step, console pages still send the browser to sign-in", async ({ page, account }) => {
    await rootWithMfa(page, account);
    await signInAsRoot(page, account.email, account.password);
    await expect(page.getByRole("heading", { name: "Multi-factor authentication" })).toBeVisible();
    for (const path of ["/iam/home", "/iam/security-credentials"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/signin/);
    }
  });

  test("cancel ends the pending sign-in", async ({ page, account }) => {
    await rootWithMfa(page, account);
    await signInAsRoot(page, account.email, account.password);
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page).toHaveURL(/\/signin$/);
    await page.goto("/signin/mfa");
    await expect(page).toHaveURL(/\/signin\?expired=1/);
    await expect(page.getByText("Your sign-in has expired. Sign in again with your password.")).toBeVisible();
  });

  test("a forged challenge cookie gets the sign-in page, not a session", async ({ page, account }) => {
    await rootWithMfa(page, account);
    await page.context().addCookies([{ name: "mfa_challenge", value: "forged-token", url: `${test.info().project.use.baseURL}/signin` }]);
    await page.goto("/signin/mfa");
    await expect(page).toHaveURL(/\/signin\?expired=1/);
  });

  test("a session from before the device was assigned is refused; the one that assigned it is kept", async ({ page, account, browser }) => {
    const other = await (await browser.newContext()).newPage();
    await signInWithoutUi(other, rootOf(account));
    await other.goto("/iam/home");
    await expect(other.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();

    await signInWithoutUi(page, rootOf(account));
    await assignRootVirtualMfa(page);
    await page.reload();
    await expect(page.getByRole("heading", { name: "Your security credentials" })).toBeVisible();

    await other.reload();
    await expect(other).toHaveURL(/\/signin/);
  });

  test.describe("on a controlled clock", () => {
    // A learner in New York: the lockout's end is a local time, named as AWS names the zone.
    test.use({ sandbox: { users: [], controlledClock: true }, timezoneId: "America/New_York" });

    test("ten wrong codes lock the device; Troubleshoot MFA resyncs it and the next code signs in", async ({ page, account, clock }) => {
      await signInWithoutUi(page, rootOf(account));
      const seed = await assignRootVirtualMfa(page, clock);
      await page.context().clearCookies();
      await signInAsRoot(page, account.email, account.password);
      const wrong = String((Number(clock.code(seed)) + 500_000) % 1_000_000).padStart(6, "0");
      for (let failure = 1; failure <= 10; failure++) {
        await submitMfaCode(page, wrong);
        // The form clears the field once the server has answered.
        await expect(page.getByLabel("MFA code")).toHaveValue("");
        const alert = page.getByRole("alert").filter({ hasText: /incorrect|Wait \d+ seconds?|locked/ });
        await expect(alert).toBeVisible();
        const wait = /Wait (\d+) seconds?/.exec((await alert.textContent()) ?? "");
        if (failure >= 5 && failure < 10) {
          expect(wait, `failure ${failure} asks to wait`).not.toBeNull();
          await clock.advance(Number(wait![1]));
        }
      }
      const locked = page.getByRole("alert").filter({ hasText: "This MFA device is locked after too many incorrect codes" });
      await expect(locked).toContainText(/until \d{1,2}:\d{2}:\d{2}\s(AM|PM) \(UTC-0[45]:00\)\./);
      // Locked: even the right code is refused.
      await submitMfaCode(page, clock.code(seed, 1));
      await expect(page.getByRole("alert").filter({ hasText: "locked" })).toBeVisible();

      await page.getByRole("link", { name: "Troubleshoot MFA" }).click();
      await page.getByLabel("MFA code 1").fill(clock.code(seed, 0));
      await page.getByLabel("MFA code 2").fill(clock.code(seed, 1));
      await page.getByRole("button", { name: "Resync" }).click();
      await expect(page.getByText("Your MFA device is resynchronized.")).toBeVisible();
      await page.getByRole("link", { name: "Back to sign in with an MFA code" }).first().click();
      // The resync spent the current step and the next; as the page says, sign in with the code after them.
      await clock.advance(30);
      await submitMfaCode(page, clock.code(seed, 1));
      await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
    });
  });
});
