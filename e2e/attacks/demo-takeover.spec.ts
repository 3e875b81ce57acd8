import type { Browser, Page } from "@playwright/test";
import { signInAsIamUser, signInAsRoot } from "../support/accounts";
import { expect, test } from "../support/fixtures";
import { assignRootVirtualMfa, signOut } from "../support/mfa";

// Issue 14, item 10: the published demo account cannot be taken over. Each browser that signs in with
// the credentials the sign-in page shows gets a private copy of the demo account; what one visitor does
// to "the demo" (an MFA device, a new password) locks no one else out.
type Shown = { rootEmail: string; rootPassword: string; account: string; adminName: string; adminPassword: string };

/** The credentials as the sign-in page shows them right now. */
async function shownCredentials(page: Page): Promise<Shown> {
  await page.goto("/signin");
  const values = await page.getByRole("complementary", { name: "Demo account" }).locator("dd").allTextContents();
  const [account, , rootEmail, rootPassword, adminName, adminPassword] = values.map((value) => value.trim());
  return { account: account!, rootEmail: rootEmail!, rootPassword: rootPassword!, adminName: adminName!, adminPassword: adminPassword! };
}

async function newVisitor(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test.describe("attack: taking over the published demo account", () => {
  test("one visitor's MFA device and new password lock no other visitor out", async ({ browser }) => {
    const first = await newVisitor(browser);
    const shown = await shownCredentials(first);
    await signInAsRoot(first, shown.rootEmail, shown.rootPassword, "/signin");
    await expect(first.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
    await assignRootVirtualMfa(first);
    // The same visitor's browser comes back to its own copy: its device asks for a code.
    await signOut(first);
    await signInAsRoot(first, shown.rootEmail, shown.rootPassword);
    await expect(first.getByRole("heading", { name: "Multi-factor authentication" })).toBeVisible();

    // The first visitor's administrator changes its own password in its copy.
    const firstAdmin = await newVisitor(browser);
    await firstAdmin.context().addCookies((await first.context().cookies()).filter((cookie) => cookie.name === "demo-copy"));
    await signInAsIamUser(firstAdmin, shown.account, shown.adminName, shown.adminPassword);
    await firstAdmin.getByRole("button", { name: /Account menu/ }).click();
    const firstCopy = (await firstAdmin.getByTestId("account-menu").textContent())!.match(/Account ID(\d{12})/)![1]!;
    await firstAdmin.goto("/iam/security-credentials");
    await firstAdmin.getByRole("button", { name: "Change password" }).click();
    const dialog = firstAdmin.getByRole("dialog", { name: "Change password" });
    await dialog.getByLabel("Current password").fill(shown.adminPassword);
    await dialog.getByLabel("New password", { exact: true }).fill("Taken-Over-2021!");
    await dialog.getByLabel("Confirm new password").fill("Taken-Over-2021!");
    await dialog.getByRole("button", { name: "Change password" }).click();
    await expect(firstAdmin.getByRole("status").filter({ hasText: "Your password has been changed." })).toBeVisible();

    // Another visitor still signs in with exactly what the page shows, with no MFA asked for.
    const second = await newVisitor(browser);
    const shownAgain = await shownCredentials(second);
    expect(shownAgain).toEqual(shown);
    await signInAsRoot(second, shownAgain.rootEmail, shownAgain.rootPassword);
    await expect(second.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
    await expect(second.getByText("Activate MFA on your root account")).toBeVisible();
    await signOut(second);
    await signInAsIamUser(second, shownAgain.account, shownAgain.adminName, shownAgain.adminPassword);
    await expect(second.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();

    // Nor can anyone reach the first visitor's copy by its own account id from another browser.
    const third = await newVisitor(browser);
    await signInAsIamUser(third, firstCopy, shown.adminName, "Taken-Over-2021!");
    await expect(third.getByText("Your authentication information is incorrect. Please try again.")).toBeVisible();
    for (const page of [first, firstAdmin, second, third]) await page.context().close();
  });
});
