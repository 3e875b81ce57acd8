import { test as base, type BrowserContext, expect, type Page } from "@playwright/test";
import { type ConsoleVersion, createSandbox, rootOf, type SandboxAccount, type SandboxUser, signInWithoutUi, userOf } from "./accounts";
import { ControlledClock } from "./clock";

export { expect } from "@playwright/test";

type KitOptions = {
  /**
   * What each test's sandbox account comes with: `test.use({ sandbox: { users: [...] } })`, and with
   * `accessKey: true` an access key of the root user (`account.accessKey`), and with `consoleVersion:
   * "current"` AWS's current console instead of the 2021 one. (An object, not a bare
   * array: Playwright reads an array option as [value, fixture options].)
   */
  sandbox: {
    users: SandboxUser[];
    accessKey?: boolean;
    consoleVersion?: ConsoleVersion;
    /** The account runs on a clock the test moves (the `clock` fixture). */
    controlledClock?: boolean;
  };
};

type KitFixtures = {
  /**
   * Automatic: fails the test when a page of any of its browser contexts breaks the Content-Security-Policy
   * (Chromium reports each refused script, style or frame as a console error).
   */
  cspViolations: string[];
  /** A fresh sandbox account of this test's own, so tests never share state. */
  account: SandboxAccount;
  /** `page`, signed in as the account's root user, on the IAM dashboard. */
  rootPage: Page;
  /** A page in a browser of its own, signed in as the first of the sandbox's users with a password, on the dashboard. */
  userPage: Page;
  /** The account's controlled clock; needs `test.use({ sandbox: { users: [], controlledClock: true } })`. */
  clock: ControlledClock;
};

/**
 * Waits for the console's dashboard, which proves the session works. A current-console root user without
 * MFA is asked to register a device first (AWS's 2024 rule): the fixture postpones it, as "Skip for now".
 */
async function openDashboard(page: Page): Promise<Page> {
  await page.goto("/iam/home");
  if (new URL(page.url()).pathname === "/signin/register-mfa") await page.getByTestId("skip-mfa-enrollment").click();
  await expect(page.locator("main h1")).toBeVisible();
  await expect(page).toHaveURL(/\/iam\/home$/);
  return page;
}

export const test = base.extend<KitFixtures & KitOptions>({
  cspViolations: [
    async ({ context, browser }, use) => {
      const violations: string[] = [];
      const watch = (watched: BrowserContext) =>
        watched.on("console", (message) => {
          if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(`${message.location().url}: ${message.text()}`);
        });
      watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const created = await newContext(...args);
        watch(created);
        return created;
      };
      await use(violations);
      browser.newContext = newContext;
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  sandbox: [{ users: [] }, { option: true }],
  account: async ({ request, sandbox }, use) => {
    await use(await createSandbox(request, sandbox.users, { accessKey: sandbox.accessKey, consoleVersion: sandbox.consoleVersion, controlledClock: sandbox.controlledClock }));
  },
  clock: async ({ request, account }, use) => {
    await use(new ControlledClock(request, account));
  },
  rootPage: async ({ page, account }, use) => {
    await signInWithoutUi(page, rootOf(account));
    await use(await openDashboard(page));
  },
  userPage: async ({ browser, account }, use) => {
    const user = account.users.find((u) => u.password);
    if (!user) throw new Error("userPage needs a user with a password: test.use({ sandbox: { users: [{ userName, password }] } })");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInWithoutUi(page, userOf(account, user.userName));
    await use(await openDashboard(page));
    await context.close();
  },
});
