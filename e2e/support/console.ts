import { expect, type Locator, type Page } from "@playwright/test";
import type { CloudTrailRecord } from "../../lib/iam/cloudtrail-record";
import { consecutiveCodes, decodeQrDataUrl } from "./totp";

// Console journeys of the administration pages: users, their MFA, the event history.

export type NewUser = { userName: string; password?: string; administrator?: boolean; path?: string };

/** Users > Create user, filled and submitted; ends on the new user's page. */
export async function createUserInConsole(page: Page, user: NewUser): Promise<void> {
  await page.goto("/iam/users");
  await page.getByRole("link", { name: "Create user" }).click();
  await fillCreateUserForm(page, user);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("heading", { name: user.userName, level: 1 })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: `User ${user.userName} was created.` })).toBeVisible();
}

export async function fillCreateUserForm(page: Page, user: NewUser): Promise<void> {
  await page.getByLabel("User name").fill(user.userName);
  await page.getByLabel("Path").fill(user.path ?? "");
  await page.getByRole("checkbox", { name: /AWS Management Console access/ }).setChecked(user.password !== undefined);
  if (user.password !== undefined) await page.getByLabel("Console password").fill(user.password);
  await page.getByRole("radio", { name: user.administrator ? /AdministratorAccess/ : /SelfManageCredentialsWithMFA/ }).check();
}

/** Users > the user > Security credentials tab. */
export async function openUser(page: Page, userName: string): Promise<void> {
  await page.goto("/iam/users");
  await page.getByRole("table", { name: "Users" }).getByRole("link", { name: userName, exact: true }).click();
  await expect(page.getByRole("heading", { name: userName, level: 1 })).toBeVisible();
  await expect(page.getByRole("tab", { name: "Security credentials" })).toHaveAttribute("aria-selected", "true");
}

/**
 * On a user's page: Manage next to "Assigned MFA device", the tutorial's wizard, and the QR code,
 * read as the user's phone would read it off the administrator's screen. Returns the seed it carries.
 */
export async function assignUserMfa(page: Page, userName: string, accountLabel: string): Promise<string> {
  await page.getByRole("button", { name: `Manage MFA device for ${userName}` }).click();
  const manage = page.getByRole("dialog", { name: "Manage MFA device" });
  await manage.getByRole("radio", { name: /Virtual MFA device/ }).check();
  await manage.getByRole("button", { name: "Continue" }).click();
  const setup = page.getByRole("dialog", { name: "Set up virtual MFA device" });
  await setup.getByRole("button", { name: "Show QR code" }).click();
  const qr = decodeQrDataUrl((await setup.getByRole("img", { name: "QR code for the virtual MFA device" }).getAttribute("src"))!);
  const uri = new URL(qr!);
  expect(decodeURIComponent(uri.pathname)).toBe(`/Amazon Web Services:${userName}@${accountLabel}`);
  const seed = uri.searchParams.get("secret")!;
  expect(seed).toMatch(/^[A-Z2-7]{64}$/);
  const { code1, code2 } = await consecutiveCodes(seed);
  await setup.getByLabel("MFA code 1").fill(code1);
  await setup.getByLabel("MFA code 2").fill(code2);
  await setup.getByRole("button", { name: "Assign MFA" }).click();
  await expect(setup.getByText("You have successfully assigned virtual MFA")).toBeVisible();
  await setup.getByRole("button", { name: "Close", exact: true }).last().click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  return seed;
}

/** The error message shown under a form field (FormField puts it after the input). */
export function errorOf(field: Locator): Locator {
  return field.locator("xpath=following-sibling::p[contains(@id, '-error')]");
}

/** The row of the credentials list that holds `label` ("Console password", "Assigned MFA device"). */
export function credential(page: Page, label: string) {
  return page.getByRole("region", { name: "Sign-in credentials" }).getByText(label, { exact: true }).locator("xpath=following-sibling::dd[1]");
}

/** Event history, filtered by event name and/or user name; returns the events table. */
export async function lookUpEvents(page: Page, filter: { eventName?: string; userName?: string } = {}) {
  await page.goto("/iam/event-history");
  const form = page.getByRole("form", { name: "Lookup attributes" });
  await form.getByLabel("Event name").fill(filter.eventName ?? "");
  await form.getByLabel("User name").fill(filter.userName ?? "");
  await form.getByRole("button", { name: "Apply" }).click();
  // A plain GET form: the browser loads a new document, which callers read all at once.
  await expect(page).toHaveURL(/eventName=/);
  await page.waitForLoadState("domcontentloaded");
  return page.getByRole("table", { name: "Events" });
}

/** Opens the newest event of that name (and user) and returns its CloudTrail record. */
export async function newestEventRecord(page: Page, filter: { eventName: string; userName?: string }): Promise<CloudTrailRecord> {
  const events = await lookUpEvents(page, filter);
  await events.getByRole("link", { name: `View event ${filter.eventName}` }).first().click();
  await expect(page.getByRole("heading", { name: filter.eventName, level: 1 })).toBeVisible();
  return JSON.parse((await page.getByTestId("event-record").textContent())!) as CloudTrailRecord;
}

export type CapturedAction = { url: string; actionId: string; body: string };

/** Runs `trigger` and returns the server action request it sent, as the browser sent it. */
export async function captureServerAction(page: Page, trigger: () => Promise<void>): Promise<CapturedAction> {
  const request = page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined);
  await trigger();
  const sent = await request;
  return { url: sent.url(), actionId: sent.headers()["next-action"], body: sent.postData() ?? "" };
}

/** Sends a server action request from `page`'s browser, with its cookies, outside any form: what a crafted request does. */
export async function sendServerAction(page: Page, action: CapturedAction): Promise<{ status: number; text: string }> {
  return page.evaluate(async ({ url, actionId, body }) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
      body,
    });
    return { status: response.status, text: await response.text() };
  }, action);
}
