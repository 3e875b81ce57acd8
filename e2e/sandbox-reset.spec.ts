import { randomBytes } from "node:crypto";
import { signInAsRoot } from "./support/accounts";
import { createUserInConsole, errorOf, lookUpEvents } from "./support/console";
import { expect, test } from "./support/fixtures";
import { assignRootVirtualMfa, signOut } from "./support/mfa";

const PASSWORD = "Lab-User-2021!";

test.describe("reset sandbox", () => {
  test("returns the account to its starting state after the account id is typed, and the root user signs in with the same password and no MFA", async ({
    rootPage: page,
    account,
  }) => {
    const alias = `lab-${randomBytes(4).toString("hex")}`;
    await createUserInConsole(page, { userName: "Bob", password: PASSWORD });
    await assignRootVirtualMfa(page);
    await page.goto("/iam/account-settings");
    const aliasSection = page.getByRole("region", { name: "Account alias" });
    await aliasSection.getByRole("button", { name: "Create alias" }).click();
    await aliasSection.getByLabel("Preferred alias").fill(alias);
    await aliasSection.getByRole("button", { name: "Save changes" }).click();
    await expect(aliasSection.getByTestId("account-alias")).toHaveText(alias);
    const requireMfa = page.getByRole("checkbox", { name: "Require MFA for API calls" });
    await requireMfa.check();
    await expect(requireMfa).toBeEnabled();

    const reset = page.getByRole("region", { name: "Reset sandbox" });
    await expect(reset).toContainText("Kept: the root user's email address and password, the console version, and this session.");
    await reset.getByRole("button", { name: "Reset sandbox" }).click();
    const dialog = page.getByRole("dialog", { name: "Reset sandbox account" });
    await expect(dialog).toContainText(`The 12-digit ID of this account: ${account.accountId}`);
    const confirmation = dialog.getByLabel("To confirm, enter the account ID");
    for (const [typed, message] of [
      ["", "This field is required."],
      ["000000000000", "Enter this account's 12-digit account ID exactly."],
      [alias, "Enter this account's 12-digit account ID exactly."],
    ]) {
      await confirmation.fill(typed);
      await dialog.getByRole("button", { name: "Reset sandbox" }).click();
      await expect(errorOf(confirmation), typed).toHaveText(message);
    }
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toHaveCount(0);
    // Refused confirmations deleted nothing.
    await page.goto("/iam/users");
    await expect(page.getByRole("table", { name: "Users" }).getByRole("link", { name: "Bob", exact: true })).toBeVisible();
    const untouched = await lookUpEvents(page, { eventName: "ResetAccount" });
    await expect(untouched.getByText("No events match.")).toBeVisible();

    await page.goto("/iam/account-settings");
    await reset.getByRole("button", { name: "Reset sandbox" }).click();
    await confirmation.fill(account.accountId);
    await dialog.getByRole("button", { name: "Reset sandbox" }).click();
    await expect(reset.getByRole("status")).toHaveText("The sandbox account was reset to its starting state.");
    await expect(dialog).toHaveCount(0);
    await expect(aliasSection.getByTestId("account-alias")).toHaveText("None");
    await expect(requireMfa).not.toBeChecked();

    await page.goto("/iam/users");
    await expect(page.getByText("No users in this account.")).toBeVisible();
    await page.goto("/iam/security-credentials");
    await page.getByRole("button", { name: "Multi-factor authentication (MFA)" }).click();
    await expect(page.getByText("No MFA devices. Activate MFA to improve the security of your AWS environment.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Activate MFA" })).toBeVisible();
    await page.goto("/iam/event-history");
    await expect(page.getByRole("table", { name: "Events" }).getByRole("rowheader")).toHaveText(["ResetAccount"]);

    await signOut(page);
    await signInAsRoot(page, account.email, account.password);
    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
    await expect(page).toHaveURL(/\/iam\/home$/);
  });

  test.describe("for an IAM administrator", () => {
    test.use({ sandbox: { users: [{ userName: "Ada", password: PASSWORD, administrator: true }] } });

    test("is not offered", async ({ userPage: page }) => {
      await page.goto("/iam/account-settings");
      await expect(page.getByRole("region", { name: "Account alias" })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Reset sandbox" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Reset sandbox" })).toHaveCount(0);
    });
  });
});
