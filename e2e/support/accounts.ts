import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";

export type SandboxAccount = { accountId: string; email: string; password: string; accountName: string };

/** Signs up a new, isolated sandbox account through the "Create a new AWS account" page. */
export async function signUpSandbox(page: Page): Promise<SandboxAccount> {
  const account = {
    email: `learner-${randomUUID()}@example.com`,
    password: "Lab-Root-2021!",
    accountName: "Playwright sandbox",
  };
  await page.goto("/signup");
  await page.getByLabel("Root user email address").fill(account.email);
  await page.getByLabel("AWS account name").fill(account.accountName);
  await page.getByLabel("Root user password", { exact: true }).fill(account.password);
  await page.getByLabel("Confirm root user password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  const id = page.getByTestId("new-account-id");
  await expect(id).toHaveText(/^\d{12}$/);
  return { ...account, accountId: (await id.textContent())!.trim() };
}

export async function signInAsRoot(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/signin");
  await page.getByRole("radio", { name: /Root user/ }).check();
  await page.getByLabel("Root user email address").fill(email);
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

export async function signInAsIamUser(page: Page, account: string, userName: string, password: string): Promise<void> {
  await page.goto("/signin");
  await page.getByRole("radio", { name: /IAM user/ }).check();
  await page.getByLabel("Account ID (12 digits) or account alias").fill(account);
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("IAM user name").fill(userName);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}
