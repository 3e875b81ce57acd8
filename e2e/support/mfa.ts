import { expect, type Locator, type Page } from "@playwright/test";
import { consecutiveCodes } from "./totp";

/**
 * From an open Security credentials (or a user's credentials) page with the MFA section visible:
 * Activate MFA (an IAM user's own page: Assign MFA device), Virtual MFA device, Continue, Show secret key, two codes, Assign MFA, Close.
 * Returns the seed, which is what a scenario needs to compute later codes.
 */
export async function assignVirtualMfa(page: Page, clock: { now(): number } = { now: Date.now }): Promise<string> {
  await page.getByRole("button", { name: /^(Activate MFA|Assign MFA device)$/ }).click();
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

// The current console (a sandbox made with consoleVersion "current"): the MFA panel and "Assign MFA device".

export type DeviceOption = "Passkey or security key" | "Authenticator app" | "Hardware TOTP token";

/** In the wizard's first step, already open (from the MFA panel or the root user's prompt): a device name, an option, Next. */
export async function selectMfaDevice(page: Page, deviceName: string, option: DeviceOption): Promise<Locator> {
  const wizard = page.getByRole("dialog", { name: "Assign MFA device" });
  await wizard.getByLabel("Device name").fill(deviceName);
  await wizard.getByRole("radio", { name: new RegExp(`^${option}`) }).check();
  await wizard.getByRole("button", { name: "Next" }).click();
  await expect(wizard.getByRole("heading", { name: "Set up device" })).toBeVisible();
  return wizard;
}

/** Assign MFA device in the MFA panel, then a device name and an option, Next: the wizard's "Set up device" step, open. */
export async function openAssignMfaDevice(page: Page, deviceName: string, option: DeviceOption): Promise<Locator> {
  await page.getByRole("region", { name: /^Multi-factor authentication \(MFA\)/ }).getByRole("button", { name: "Assign MFA device" }).first().click();
  return selectMfaDevice(page, deviceName, option);
}

/** At "Set up device" for an authenticator app: Show secret key, two consecutive codes, Add MFA. Returns the seed. */
export async function addAuthenticatorApp(wizard: Locator): Promise<string> {
  await wizard.getByRole("button", { name: "Show secret key" }).click();
  const seed = (await wizard.getByLabel("Secret key").textContent())!.replace(/\s+/g, "");
  const { code1, code2 } = await consecutiveCodes(seed);
  await wizard.getByLabel("MFA code 1").fill(code1);
  await wizard.getByLabel("MFA code 2").fill(code2);
  await wizard.getByRole("button", { name: "Add MFA" }).click();
  return seed;
}

/** Waits for the banner the page shows once the wizard's Add MFA succeeded. */
export async function expectMfaDeviceAssigned(page: Page): Promise<void> {
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "MFA device assigned" })).toBeVisible();
}

/**
 * From an open Security credentials page (or a user's page) of the current console: an authenticator
 * app named `deviceName`, by its secret key and two codes. Returns the seed.
 */
export async function assignAuthenticatorApp(page: Page, deviceName: string): Promise<string> {
  const seed = await addAuthenticatorApp(await openAssignMfaDevice(page, deviceName, "Authenticator app"));
  await expectMfaDeviceAssigned(page);
  return seed;
}

/** The same with a passkey or security key: the page's browser needs an authenticator (support/webauthn.ts). */
export async function assignPasskey(page: Page, deviceName: string): Promise<void> {
  const wizard = await openAssignMfaDevice(page, deviceName, "Passkey or security key");
  await wizard.getByRole("button", { name: "Add MFA" }).click();
  await expectMfaDeviceAssigned(page);
}

/**
 * The sandbox's practice hardware TOTP tokens, as the practice authenticator's key fob view loads them
 * (`page` signed in): their serial numbers, and the code a token shows `offset` steps from now.
 */
export async function practiceTokens(page: Page) {
  const response = await page.request.get("/api/practice-tokens");
  expect(response.status(), await response.text()).toBe(200);
  const fob = (await response.json()) as { tokens: { serialNumber: string; firstStep: number; codes: string }[]; clockOffsetSeconds: number };
  const codeOf = (serial: string, offset = 0, now = Date.now()) => {
    const token = fob.tokens.find((t) => t.serialNumber === serial);
    if (!token) throw new Error(`no practice token ${serial}`);
    const index = Math.floor((now + fob.clockOffsetSeconds * 1000) / 30_000) + offset - token.firstStep;
    return token.codes.slice(index * 6, index * 6 + 6);
  };
  return { serials: fob.tokens.map((t) => t.serialNumber), codeOf };
}

/** Two consecutive codes of a practice token (the previous and the current step's), not too near a step's end. */
export async function practiceTokenCodePair(tokens: Awaited<ReturnType<typeof practiceTokens>>, serial: string) {
  if (Date.now() % 30_000 > 27_000) await new Promise((resolve) => setTimeout(resolve, 30_200 - (Date.now() % 30_000)));
  const now = Date.now();
  return { code1: tokens.codeOf(serial, -1, now), code2: tokens.codeOf(serial, 0, now) };
}
