import { expect, type Page } from "@playwright/test";
import { consecutiveCodes } from "./totp";

/**
 * From an open Security credentials (or a user's credentials) page with the MFA section visible:
 * Activate MFA, Virtual MFA device, Continue, Show secret key, two codes, Assign MFA, Close.
 * Returns the seed, which is what a scenario needs to compute later codes.
 */
export async function assignVirtualMfa(page: Page, clock: { now(): number } = { now: Date.now }): Promise<string> {
  await page.getByRole("button", { name: "Activate MFA" }).click();
  const manage = page.getByRole("dialog", { name: "Manage MFA device" });
  await manage.getByRole("radio", { name: /Virtual MFA device/ }).check();
  await manage.getByRole("button", { name: "Continue" }).click();
  const setup = page.getByRole("dialog", { name: "Set up virtual MFA device" });
  await setup.getByRole("button", { name: "Show secret key" }).click();
  const seed = (await setup.getByLabel("Secret key").textContent())!.replace(/\s+/g, "");
  const { code1, code2 } = await consecutiveCodes(seed, 3, () => clock.now());
  await setup.getByLabel("MFA code 1").fill(code1);
  await setup.getByLabel("MFA code 2").fill(code2);
  await setup.getByRole("button", { name: "Assign MFA" }).click();
  await expect(setup.getByText("You have successfully assigned virtual MFA")).toBeVisible();
  await setup.getByRole("button", { name: "Close", exact: true }).last().click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  return seed;
}

/** The root user's way there: Security credentials, expand Multi-factor authentication (MFA), assign. */
export async function assignRootVirtualMfa(page: Page, clock?: { now(): number }): Promise<string> {
  await page.goto("/iam/security-credentials");
  await page.getByRole("button", { name: "Multi-factor authentication (MFA)" }).click();
  return assignVirtualMfa(page, clock);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("button", { name: "Sign Out" }).click();
  await expect(page).toHaveURL(/\/signin/);
}

/** Types a code on the "Multi-factor authentication" page and submits it. */
export async function submitMfaCode(page: Page, code: string): Promise<void> {
  await expect(page.getByRole("heading", { name: "Multi-factor authentication" })).toBeVisible();
  await page.getByLabel("MFA code").fill(code);
  await page.getByRole("button", { name: "Submit" }).click();
}
