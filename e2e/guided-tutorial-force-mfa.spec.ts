import { signInAsIamUser } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import { signOut, submitMfaCode } from "./support/mfa";
import { consecutiveCodes, decodeQrDataUrl, totpCode } from "./support/totp";

const PASSWORD = "Lab-Ana-2021!";

// The Force MFA lesson, walked by its pointer from the dashboard to the Users list with MFA: the
// administrator's half (Require MFA for API calls, a user without other policies, IAMReadOnlyAccess
// from the Permissions tab), then the user's (AWS's denial naming Force_MFA, Change password refused
// too, the MFA set-up it allows, a sign-in with a code, the list allowed).
test("the Force MFA lesson: Force_MFA denies a new user all but MFA set-up, with AWS's message, until they sign in with MFA", async ({ rootPage: page, account }) => {
  await page.getByRole("button", { name: "Start tutorial: Force MFA with a policy" }).click();
  const panel = page.getByRole("complementary", { name: "Force MFA with a policy" });
  const current = panel.getByRole("region", { name: "Current step" });
  const pointer = page.locator("[data-tutorial-current]");
  const at = async (step: number, title: string) => {
    await expect(current).toContainText(`Step ${step} of 20`);
    await expect(current.getByRole("heading")).toHaveText(title);
  };

  await at(1, "Turn on Require MFA for API calls");
  await expect(pointer).toHaveAccessibleName("Account settings");
  await pointer.click();
  await expect(pointer).toHaveAccessibleName(/^Require MFA for API calls/);
  await pointer.check();

  await at(2, "Force_MFA is in place: open Users");
  await expect(page.getByText("Force_MFA is attached to every IAM user of this account, and to each new one.")).toBeVisible();
  await pointer.click();
  await at(3, "Choose Create user");
  await pointer.click();

  await at(4, "A user with a password and no other policy");
  await expect(pointer).toHaveAccessibleName(/^Attach no policy/);
  await page.getByLabel("User name").fill("Ana");
  await page.getByLabel("Console password").fill(PASSWORD);
  await pointer.check();
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("heading", { name: "Ana", level: 1 })).toBeVisible();

  await at(5, "Permissions: add IAMReadOnlyAccess");
  await expect(pointer).toHaveAccessibleName("Permissions");
  await pointer.click();
  await expect(page.getByRole("link", { name: "Force_MFA" })).toBeVisible();
  await expect(pointer).toHaveAccessibleName("Add permissions");
  await pointer.click();

  await at(6, "Attach IAMReadOnlyAccess");
  await pointer.fill("IAMReadOnlyAccess");
  const dialog = page.getByRole("dialog", { name: "Add permissions" });
  await dialog.getByRole("checkbox", { name: "IAMReadOnlyAccess", exact: true }).check();
  await dialog.getByRole("button", { name: "Attach policies" }).click();
  await expect(page.getByRole("link", { name: "IAMReadOnlyAccess" })).toBeVisible();

  await at(7, "Sign out, then sign in as the new user");
  await expect(pointer).toHaveAccessibleName(/^Account menu/);
  await signOut(page);
  await at(8, "Sign in as the new user");
  await signInAsIamUser(page, account.accountId, "Ana", PASSWORD);

  await at(9, "Open Users");
  await pointer.click();
  await at(10, "Denied: an explicit deny in Force_MFA");
  const arn = (resource: string) => `arn:aws:iam::${account.accountId}:${resource}`;
  await expect(page.getByTestId("access-denied-message")).toHaveText(
    `User: ${arn("user/Ana")} is not authorized to perform: iam:ListUsers on resource: ${arn("user/")} with an explicit deny in an identity-based policy: ${arn("policy/Force_MFA")}`,
  );
  await expect(pointer).toHaveAccessibleName("Security credentials");
  await pointer.click();

  // Force_MFA denies iam:ChangePassword too until MFA: the console says so, not "incorrect password".
  await at(11, "Choose Assign MFA device");
  await page.getByRole("region", { name: "Console sign-in" }).getByRole("button", { name: "Change password" }).click();
  const change = page.getByRole("dialog", { name: "Change password" });
  await change.getByLabel("Current password").fill(PASSWORD);
  await change.getByLabel("New password", { exact: true }).fill("Lab-Ana-2022!");
  await change.getByLabel("Confirm new password").fill("Lab-Ana-2022!");
  await change.getByRole("button", { name: "Change password" }).click();
  await expect(change.getByText("You are not authorized to perform this action.")).toBeVisible();
  await expect(change.getByText("The current password is incorrect.")).toHaveCount(0);
  await change.getByRole("button", { name: "Cancel" }).click();

  await expect(pointer).toHaveAccessibleName("Assign MFA device");
  await pointer.click();
  await at(12, "Virtual MFA device, then Continue");
  await pointer.click();
  await at(13, "Show QR code");
  await pointer.click();
  await at(14, "Type two consecutive codes");
  const setup = page.getByRole("dialog", { name: "Set up virtual MFA device" });
  const uri = new URL(decodeQrDataUrl((await setup.getByRole("img", { name: "QR code for the virtual MFA device" }).getAttribute("src"))!)!);
  const seed = uri.searchParams.get("secret")!;
  const { code1, code2 } = await consecutiveCodes(seed);
  await setup.getByLabel("MFA code 1").fill(code1);
  await setup.getByLabel("MFA code 2").fill(code2);
  await at(15, "Choose Assign MFA");
  await pointer.click();

  await at(16, "Assigned: sign in again, with MFA");
  await setup.getByRole("button", { name: "Close", exact: true }).last().click();
  await signOut(page);
  await at(17, "Sign in as the user again");
  await signInAsIamUser(page, account.accountId, "Ana", PASSWORD);
  await at(18, "Type the code from your app");
  await submitMfaCode(page, totpCode(seed, 1));

  await at(19, "Open Users again");
  await pointer.click();
  await at(20, "Done: the rights are back");
  await expect(current).toContainText("aws sts get-session-token --serial-number");
  await expect(page.getByRole("table", { name: "Users" }).getByRole("link", { name: "Ana", exact: true })).toBeVisible();
});
