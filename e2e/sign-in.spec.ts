import { DEMO_ACCOUNT } from "../lib/demo";
import { signInAsIamUser, signInAsRoot, signUpSandbox } from "./support/accounts";
import { expect, test } from "./support/fixtures";

const INCORRECT = "Your authentication information is incorrect. Please try again.";

test.describe("sandbox accounts and sign-in", () => {
  test("a learner signs up a sandbox account and signs in as its root user", async ({ page }) => {
    const account = await signUpSandbox(page);
    await page.screenshot({ path: "test-results/screenshots/01-sign-up-done.png", fullPage: true });
    await signInAsRoot(page, account.email, account.password);
    await expect(page).toHaveURL(/\/iam\/home$/);
    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
    await expect(page.getByText("Activate MFA on your root account")).toBeVisible();
    await expect(page.getByTestId("iam-sign-in-url")).toContainText(`/signin?account=${account.accountId}`);
    await page.getByRole("button", { name: /Account menu/ }).click();
    const menu = page.getByTestId("account-menu");
    await expect(menu).toContainText(`Account ID${account.accountId}`);
    await expect(menu.getByText("Signed in without MFA")).toBeVisible();
    await expect(menu.getByRole("link", { name: "My Security Credentials" })).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/02-dashboard.png", fullPage: true });
  });

  test("every sign-up gets its own account id", async ({ page, account }) => {
    const second = await signUpSandbox(page);
    expect(second.accountId).not.toBe(account.accountId);
  });

  test("an administrator signs in by account alias and sees the users", async ({ page }) => {
    await signInAsIamUser(page, DEMO_ACCOUNT.alias, DEMO_ACCOUNT.admin.userName, DEMO_ACCOUNT.admin.password);
    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
    // The visitor's own copy of the demo account (item 10 of issue 14): its own account id.
    await expect(page.getByRole("button", { name: /^Account menu: admin @ \d{12}$/ })).toBeVisible();
    await page.getByRole("navigation", { name: /IAM/ }).getByRole("link", { name: "Users" }).click();
    const table = page.getByRole("table", { name: "Users" });
    await expect(table.getByRole("rowheader", { name: /learner/ })).toBeVisible();
    await expect(table.getByRole("rowheader", { name: /admin/ })).toContainText("Administrator");
  });

  test("an IAM user signs in by account id; without administrator rights the users list is denied", async ({ page }) => {
    await signInAsIamUser(page, DEMO_ACCOUNT.accountId, DEMO_ACCOUNT.user.userName, DEMO_ACCOUNT.user.password);
    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
    await page.goto("/iam/users");
    await expect(page.getByRole("heading", { name: "Access denied" })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
  });

  test("wrong password, unknown user and unknown account all get AWS's one message", async ({ page, account }) => {
    await signInAsRoot(page, account.email, "Wrong-password-1");
    await expect(page.getByRole("alert").filter({ hasText: INCORRECT })).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);

    await signInAsRoot(page, "nobody@example.com", account.password);
    await expect(page.getByRole("alert").filter({ hasText: INCORRECT })).toBeVisible();

    await signInAsIamUser(page, account.accountId, "ghost", "Whatever-1");
    await expect(page.getByRole("alert").filter({ hasText: INCORRECT })).toBeVisible();
    // The form keeps what was typed, except the password.
    await expect(page.getByLabel("IAM user name")).toHaveValue("ghost");
    await expect(page.getByLabel("Password")).toHaveValue("");

    await signInAsIamUser(page, "not-an-account-or-alias", "admin", DEMO_ACCOUNT.admin.password);
    await expect(page.getByRole("alert").filter({ hasText: INCORRECT })).toBeVisible();
  });

  test("a console page without a session redirects to sign-in and back after it", async ({ page, account }) => {
    await page.goto("/iam/account-settings");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fiam%2Faccount-settings/);
    await page.getByRole("radio", { name: /Root user/ }).check();
    await page.getByLabel("Root user email address").fill(account.email);
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/iam\/account-settings$/);
    await expect(page.getByRole("main").getByText(account.accountId)).toBeVisible();
  });

  test("sign-out ends the session on the server: the old cookie no longer opens the console", async ({ page, account, browser }) => {
    await signInAsRoot(page, account.email, account.password);
    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
    const cookies = await page.context().cookies();

    await page.getByRole("button", { name: /Account menu/ }).click();
    await page.getByRole("button", { name: "Sign Out" }).click();
    await expect(page).toHaveURL(/\/signin\?signedOut=1/);
    await expect(page.getByText("You have signed out.")).toBeVisible();

    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    const replayed = await replay.newPage();
    await replayed.goto("/iam/home");
    await expect(replayed).toHaveURL(/\/signin/);
    await replay.close();
  });
});
