import { signInAsIamUser, signInAsRoot } from "./support/accounts";
import { errorOf, newestEventRecord } from "./support/console";
import { expect, test } from "./support/fixtures";
import { signOut } from "./support/mfa";

const PASSWORD = "Lab-User-2021!";
const INCORRECT = "Your authentication information is incorrect. Please try again.";

test.describe("change password", () => {
  test("the root user changes the password after typing the current one; the old one stops working", async ({ rootPage: page, account }) => {
    await page.goto("/iam/security-credentials");
    await page.getByRole("button", { name: "Password", exact: true }).click();
    await page.getByRole("button", { name: "Change password" }).click();
    const dialog = page.getByRole("dialog", { name: "Change password" });
    const submit = dialog.getByRole("button", { name: "Change password" });

    await submit.click();
    await expect(dialog.getByText("This field is required.")).toHaveCount(3);
    await dialog.getByLabel("Current password").fill("Not-my-password-1");
    await dialog.getByLabel("New password", { exact: true }).fill("New-Root-2021!");
    await dialog.getByLabel("Confirm new password").fill("New-Root-2021!");
    await submit.click();
    await expect(errorOf(dialog.getByLabel("Current password"))).toHaveText("The current password is incorrect.");
    await dialog.getByLabel("Current password").fill(account.password);
    await dialog.getByLabel("New password", { exact: true }).fill("weak");
    await dialog.getByLabel("Confirm new password").fill("weak");
    await submit.click();
    await expect(errorOf(dialog.getByLabel("New password", { exact: true }))).toHaveText(/^The new password does not meet the account's password policy: At least 8 characters/);
    await dialog.getByLabel("New password", { exact: true }).fill("New-Root-2021!");
    await dialog.getByLabel("Confirm new password").fill("New-Root-2021?");
    await submit.click();
    await expect(errorOf(dialog.getByLabel("Confirm new password"))).toHaveText("The passwords do not match.");

    await dialog.getByLabel("New password", { exact: true }).fill("New-Root-2021!");
    await dialog.getByLabel("Confirm new password").fill("New-Root-2021!");
    await submit.click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: "Your password has been changed." })).toBeVisible();

    const record = await newestEventRecord(page, { eventName: "ChangePassword" });
    expect(record.userIdentity).toMatchObject({ type: "Root" });
    expect(record).not.toHaveProperty("errorCode");
    const html = await page.content();
    expect(html).not.toContain("New-Root-2021!");
    expect(html).not.toContain(account.password);

    await signOut(page);
    await signInAsRoot(page, account.email, account.password);
    await expect(page.getByRole("alert").filter({ hasText: INCORRECT })).toBeVisible();
    await signInAsRoot(page, account.email, "New-Root-2021!");
    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
  });

  test.describe("as an IAM user", () => {
    // AWS's MFA self-management policy, the lab's users' default, lets a user change their password only once
  // signed in with MFA; Bob holds AdministratorAccess here, so that these tests are about the password.
  test.use({ sandbox: { users: [{ userName: "Bob", password: PASSWORD, administrator: true }] } });

    test("an IAM user changes their own password on My security credentials", async ({ rootPage: page, userPage: bob, account }) => {
      await bob.getByRole("button", { name: /Account menu/ }).click();
      await bob.getByRole("link", { name: "My Security Credentials" }).click();
      await bob.getByRole("region", { name: "Console sign-in" }).getByRole("button", { name: "Change password" }).click();
      const dialog = bob.getByRole("dialog", { name: "Change password" });
      await dialog.getByLabel("Current password").fill(PASSWORD);
      await dialog.getByLabel("New password", { exact: true }).fill("Bob-Changed-2021!");
      await dialog.getByLabel("Confirm new password").fill("Bob-Changed-2021!");
      await dialog.getByRole("button", { name: "Change password" }).click();
      await expect(bob.getByRole("status").filter({ hasText: "Your password has been changed." })).toBeVisible();

      await signOut(bob);
      await signInAsIamUser(bob, account.accountId, "Bob", PASSWORD);
      await expect(bob.getByRole("alert").filter({ hasText: INCORRECT })).toBeVisible();
      await signInAsIamUser(bob, account.accountId, "Bob", "Bob-Changed-2021!");
      await expect(bob.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();

      const record = await newestEventRecord(page, { eventName: "ChangePassword", userName: "Bob" });
      expect(record.userIdentity).toMatchObject({ type: "IAMUser", userName: "Bob" });
      expect(record.requestParameters).toBeNull();
    });
  });
});
