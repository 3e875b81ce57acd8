import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { addAuthenticatorApp, expectMfaDeviceAssigned, openAssignMfaDevice } from "./support/mfa";
import { consecutiveCodes } from "./support/totp";

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** How far the page scrolls sideways: 0 when nothing is wider than the screen. */
async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The element's box lies inside the viewport. */
async function expectOnScreen(page: Page, locator: ReturnType<Page["locator"]>): Promise<void> {
  const box = (await locator.boundingBox())!;
  const { width, height } = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(box.y + box.height).toBeLessThanOrEqual(height);
}

test.describe("the console at phone width (390×844, touch)", () => {
  test.use({ ...PHONE, sandbox: { users: [{ userName: "learner-with-a-rather-long-name", password: "Lab-User-2021!" }] } });

  test("no console page scrolls sideways; the navigation folds into a menu; dialogs fit the screen", async ({ rootPage: page, account }) => {
    const nav = page.getByRole("navigation", { name: /IAM/ });
    await expect(nav).toBeHidden();
    await page.getByRole("button", { name: "Menu", exact: true }).tap();
    await expect(nav).toBeVisible();
    await nav.getByRole("link", { name: "Users" }).tap();
    await expect(page).toHaveURL(/\/iam\/users$/);
    await expect(nav).toBeHidden();

    const pages = [
      "/iam/home",
      "/iam/users",
      "/iam/users/create",
      "/iam/users/details/learner-with-a-rather-long-name",
      "/iam/mfa-devices",
      "/iam/account-settings",
      "/iam/event-history",
      "/iam/security-credentials",
      "/switchrole",
    ];
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator("main h1")).toBeVisible();
      expect(await sidewaysScroll(page), path).toBeLessThanOrEqual(0);
    }
    await page.goto("/iam/event-history");
    await page.getByRole("table", { name: "Events" }).getByRole("link").first().tap();
    await expect(page.locator("main h1")).toBeVisible();
    expect(await sidewaysScroll(page), "an event's record").toBeLessThanOrEqual(0);

    for (const icon of ["/favicon.ico", "/icon.svg"]) expect((await page.request.get(icon)).status(), icon).toBe(200);

    // The wizard to its end: every dialog fits, and the assigned dialog's Close is on screen. The
    // dashboard's Manage MFA opens Security credentials with the MFA section expanded.
    await page.goto("/iam/home");
    await page.getByRole("link", { name: "Manage MFA" }).tap();
    await expect(page.getByRole("button", { name: "Multi-factor authentication (MFA)" })).toHaveAttribute("aria-expanded", "true");
    await page.getByRole("button", { name: "Activate MFA" }).tap();
    const manage = page.getByRole("dialog", { name: "Manage MFA device" });
    await manage.getByRole("radio", { name: /Virtual MFA device/ }).check();
    await manage.getByRole("button", { name: "Continue" }).tap();
    const setup = page.getByRole("dialog", { name: "Set up virtual MFA device" });
    await setup.getByRole("button", { name: "Show secret key" }).tap();
    expect(await sidewaysScroll(page), "the set-up dialog").toBeLessThanOrEqual(0);
    const seed = (await setup.getByLabel("Secret key").textContent())!.replace(/\s+/g, "");
    const { code1, code2 } = await consecutiveCodes(seed);
    // A wrong pair: the error at the top of the dialog comes into view and takes focus.
    await setup.getByLabel("MFA code 1").fill(code2);
    await setup.getByLabel("MFA code 2").fill(code2);
    await setup.getByRole("button", { name: "Assign MFA" }).tap();
    const error = setup.getByRole("alert").filter({ hasText: "Authentication code for device is not valid." });
    await expect(error).toBeFocused();
    await expect(error).toBeInViewport({ ratio: 1 });
    await setup.getByLabel("MFA code 1").fill(code1);
    await setup.getByLabel("MFA code 2").fill(code2);
    await setup.getByRole("button", { name: "Assign MFA" }).tap();
    await expect(setup.getByText("You have successfully assigned virtual MFA")).toBeVisible();
    const close = setup.getByRole("button", { name: "Close", exact: true }).last();
    await expectOnScreen(page, close);
    await close.tap();
    await expect(page.getByText(`arn:aws:iam::${account.accountId}:mfa/root-account-mfa-device`)).toBeVisible();
    expect(await sidewaysScroll(page), "security credentials with a device").toBeLessThanOrEqual(0);
  });
});

test.describe("the current console at phone width (390×844, touch)", () => {
  test.use({ ...PHONE, sandbox: { users: [], consoleVersion: "current" } });

  test("its pages and the Assign MFA device wizard fit the screen", async ({ rootPage: page }) => {
    for (const path of ["/iam/home", "/iam/users", "/iam/account-settings", "/iam/security-credentials"]) {
      await page.goto(path);
      await expect(page.locator("main h1")).toBeVisible();
      expect(await sidewaysScroll(page), path).toBeLessThanOrEqual(0);
    }
    const wizard = await openAssignMfaDevice(page, "phone", "Authenticator app");
    expect(await sidewaysScroll(page), "Set up device").toBeLessThanOrEqual(0);
    await addAuthenticatorApp(wizard);
    await expectMfaDeviceAssigned(page);
    expect(await sidewaysScroll(page), "the MFA panel with a device").toBeLessThanOrEqual(0);
  });
});
