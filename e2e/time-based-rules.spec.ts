import type { Page } from "@playwright/test";
import { rootOf, type SandboxAccount, signInAsRoot, signInWithoutUi } from "./support/accounts";
import type { ControlledClock } from "./support/clock";
import { expect, test } from "./support/fixtures";
import { assignRootVirtualMfa, submitMfaCode } from "./support/mfa";
import { totpCode } from "./support/totp";

// Every time-based rule through the browser, on a sandbox whose clock the test moves
// (docs/playwright.md): no test here waits for the real time to pass.
test.use({ sandbox: { users: [], controlledClock: true } });

const INCORRECT = "Your authentication information is incorrect. Please try again.";

/** The root user with a device assigned at the account's time; signed out, on the sign-in page. Returns its seed. */
async function rootWithMfa(page: Page, account: SandboxAccount, clock: ControlledClock): Promise<string> {
  await signInWithoutUi(page, rootOf(account));
  const seed = await assignRootVirtualMfa(page, clock);
  await page.context().clearCookies();
  return seed;
}

const wrongCode = (code: string) => String((Number(code) + 500_000) % 1_000_000).padStart(6, "0");

test.describe("time-based rules, on a controlled clock", () => {
  test("TOTP steps: the codes follow the account's clock, not the real one", async ({ page, account, clock }) => {
    const seed = await rootWithMfa(page, account, clock);
    await clock.advance(120);
    await signInAsRoot(page, account.email, account.password);
    // Four steps behind the account's time: outside the one step of drift.
    await submitMfaCode(page, totpCode(seed, 1));
    await expect(page.getByRole("alert").filter({ hasText: INCORRECT })).toBeVisible();
    await submitMfaCode(page, clock.code(seed));
    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
  });

  test("backoff from the fifth wrong code, the lock at the tenth, and its end fifteen minutes later", async ({ page, account, clock }) => {
    const seed = await rootWithMfa(page, account, clock);
    await signInAsRoot(page, account.email, account.password);
    for (let failure = 1; failure <= 10; failure++) {
      await submitMfaCode(page, wrongCode(clock.code(seed)));
      await expect(page.getByLabel("MFA code")).toHaveValue("");
      const alert = page.getByRole("alert").filter({ hasText: /incorrect|Wait \d+ seconds?|locked/ });
      await expect(alert).toBeVisible();
      const wait = /Wait (\d+) seconds?/.exec((await alert.textContent()) ?? "");
      if (failure < 5) expect(wait, `failure ${failure}`).toBeNull();
      if (failure >= 5 && failure < 10) {
        // 1, 2, 4, 8 seconds: a code before the wait ends is not even checked.
        expect(Number(wait?.[1]), `failure ${failure} asks to wait`).toBe(2 ** (failure - 5));
        if (failure === 5) {
          await submitMfaCode(page, clock.code(seed, 1));
          // Answered (the form clears) and refused unchecked, though this code is the right one.
          await expect(page.getByLabel("MFA code")).toHaveValue("");
          await expect(page.getByRole("alert").filter({ hasText: /Wait \d+ seconds?/ })).toBeVisible();
          await expect(page.getByRole("heading", { name: "Multi-factor authentication" })).toBeVisible();
        }
        await clock.advance(Number(wait![1]));
      }
    }
    await expect(page.getByRole("alert").filter({ hasText: "This MFA device is locked after too many incorrect codes" })).toBeVisible();
    await submitMfaCode(page, clock.code(seed, 1));
    await expect(page.getByRole("alert").filter({ hasText: "locked" })).toBeVisible();
    // The password step's challenge lasts five minutes: start a new one once the lock is over.
    await clock.advance(15 * 60);
    await signInAsRoot(page, account.email, account.password);
    await submitMfaCode(page, clock.code(seed));
    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
  });

  test("the MFA step's challenge expires five minutes after the password step", async ({ page, account, clock }) => {
    const seed = await rootWithMfa(page, account, clock);
    await signInAsRoot(page, account.email, account.password);
    await expect(page.getByRole("heading", { name: "Multi-factor authentication" })).toBeVisible();
    await clock.advance(4 * 60 + 50);
    await page.reload();
    await expect(page.getByRole("heading", { name: "Multi-factor authentication" })).toBeVisible();
    await clock.advance(15);
    await submitMfaCode(page, clock.code(seed));
    await expect(page).toHaveURL(/\/signin\?expired=1/);
  });

  test("a console session ends twelve hours after sign-in", async ({ rootPage: page, clock }) => {
    await clock.advance(11 * 60 * 60 + 59 * 60);
    await page.reload();
    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
    await clock.advance(60);
    await page.reload();
    await expect(page).toHaveURL(/\/signin/);
  });

  test("the sandbox is deleted when its time is up (SANDBOX_EXPIRY_HOURS, a week on the test server)", async ({ rootPage: page, account, clock }) => {
    await expect(page.getByText(/This sandbox account and everything in it is deleted on/)).toBeVisible();
    expect((await clock.advance(167 * 60 * 60)).deleted).toBe(false);
    await signInWithoutUi(page, rootOf(account));
    expect((await clock.advance(60 * 60)).deleted).toBe(true);
    await page.goto("/iam/home");
    await expect(page).toHaveURL(/\/signin/);
    await signInAsRoot(page, account.email, account.password);
    await expect(page.getByText(INCORRECT)).toBeVisible();
  });
});

test.describe("controlled clocks are for the sandboxes that asked for one", () => {
  test.use({ sandbox: { users: [] } });

  test("another account's clock cannot be moved, nor one with a wrong token", async ({ request, account }) => {
    for (const data of [{ clockToken: "guess", advanceSeconds: 60 }, { clockToken: account.clockToken ?? "none", advanceSeconds: 60 }]) {
      expect((await request.post(`/api/sandboxes/${account.accountId}/clock`, { data })).status()).toBe(404);
    }
    expect((await request.post("/api/sandboxes/111122223333/clock", { data: { clockToken: "guess", advanceSeconds: 60 } })).status()).toBe(404);
  });
});
