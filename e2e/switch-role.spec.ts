import { AttachRolePolicyCommand, CreateRoleCommand, CreateVirtualMFADeviceCommand, EnableMFADeviceCommand } from "@aws-sdk/client-iam";
import { signInAsIamUser, signInWithoutUi, userOf } from "./support/accounts";
import { iamClient } from "./support/api";
import { expect, test } from "./support/fixtures";
import { submitMfaCode } from "./support/mfa";
import { totpCode } from "./support/totp";

// Switch Role in the console: a role whose trust policy lets the user in only with MFA, holding
// IAMReadOnlyAccess. Signed in without MFA the switch is refused with AWS's console message; with
// MFA the console acts as the role (its colour and display name in the navigation bar, the users
// list readable, creating a user denied in the assumed role's name, every page rendering) until
// "Back to" returns to the user without a new sign-in; the role history switches again, and Sign Out
// ends the role session with the user's.

test.use({ sandbox: { users: [{ userName: "ana", password: "Ana-Lab-2021!" }], accessKey: true } });

const CONSOLE_PAGES = ["/iam/home", "/iam/users", "/iam/users/details/ana", "/iam/mfa-devices", "/iam/account-settings", "/iam/event-history"];

test("an IAM user switches to a role only with MFA, acts as it, and comes back", async ({ page, account, baseURL }) => {
  const iam = iamClient(baseURL!, account.accessKey!);
  const userArn = `arn:aws:iam::${account.accountId}:user/ana`;
  const trust = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: userArn }, Action: "sts:AssumeRole", Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } }] };
  await iam.send(new CreateRoleCommand({ RoleName: "Readers", AssumeRolePolicyDocument: JSON.stringify(trust) }));
  await iam.send(new AttachRolePolicyCommand({ RoleName: "Readers", PolicyArn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess" }));

  // Without MFA: the account menu's Switch Roles, the form, AWS's refusal.
  await signInWithoutUi(page, userOf(account, "ana"));
  await page.goto("/iam/home");
  await page.getByRole("button", { name: /^Account menu/ }).click();
  await page.getByRole("link", { name: "Switch Roles" }).click();
  await expect(page.getByRole("heading", { name: "Switch Role" })).toBeVisible();
  await page.getByLabel("Account", { exact: true }).fill(account.accountId);
  await page.getByLabel("Role", { exact: true }).fill("Readers");
  await page.getByRole("button", { name: "Switch Role" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Invalid information" })).toHaveText(
    "Invalid information in one or more fields. Check your information or contact your administrator.",
  );

  // The user gets a virtual MFA device and signs in with it.
  const device = (await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: "ana" }))).VirtualMFADevice!;
  const seed = Buffer.from(device.Base32StringSeed!).toString("ascii");
  await iam.send(new EnableMFADeviceCommand({ UserName: "ana", SerialNumber: device.SerialNumber, AuthenticationCode1: totpCode(seed, -1), AuthenticationCode2: totpCode(seed, 0) }));
  await signInAsIamUser(page, account.accountId, "ana", "Ana-Lab-2021!");
  await submitMfaCode(page, totpCode(seed, 1));
  await expect(page).toHaveURL(/\/iam\/home$/);

  // The role page's link prefills the form.
  await page.goto(`/switchrole?roleName=Readers&account=${account.accountId}&displayName=ReadOnly&color=99BCE3`);
  await expect(page.getByLabel("Role", { exact: true })).toHaveValue("Readers");
  await expect(page.getByRole("radio", { name: "Blue" })).toBeChecked();
  await page.getByRole("button", { name: "Switch Role" }).click();
  await expect(page).toHaveURL(/\/iam\/home$/);
  const badge = page.getByTestId("switched-role");
  await expect(badge).toHaveText(`ReadOnly @ ${account.accountId}`);
  await expect(badge).toHaveCSS("background-color", "rgb(153, 188, 227)");

  await page.goto("/iam/users");
  await expect(page.getByRole("link", { name: "ana", exact: true })).toBeVisible();
  await page.goto("/iam/users/create");
  await expect(page.getByTestId("access-denied-message")).toContainText(
    `User: arn:aws:sts::${account.accountId}:assumed-role/Readers/ana is not authorized to perform: iam:CreateUser`,
  );
  // Every console page renders for a role session (or shows AWS's denial); its own credentials are none.
  for (const path of CONSOLE_PAGES) {
    await page.goto(path);
    await expect(page.locator("main h1").first(), path).toBeVisible();
  }
  await page.goto("/iam/security-credentials");
  await expect(page.getByRole("status").filter({ hasText: "You are using a role" })).toContainText("Roles have no password, access keys or MFA devices");

  const menu = page.getByTestId("account-menu");
  await page.getByRole("button", { name: /^Account menu/ }).click();
  await expect(menu.getByText("Currently active as:")).toBeVisible();
  await expect(menu.getByText("ReadOnly", { exact: true })).toBeVisible();
  await expect(menu.getByRole("button", { name: `ReadOnly @ ${account.accountId}` })).toBeVisible();
  await menu.getByRole("button", { name: "Back to ana" }).click();
  await expect(page.getByRole("button", { name: /^Account menu/ })).toHaveText(new RegExp(`^ana @ ${account.accountId}`));
  await expect(badge).toHaveCount(0);
  // The user's own credentials again, without signing in.
  await page.goto("/iam/security-credentials");
  await expect(page.getByText("Console sign-in").first()).toBeVisible();
  await expect(page.getByText("You are using a role")).toHaveCount(0);

  // The role history switches again at once; signing out ends the role session with the user's.
  await page.getByRole("button", { name: /^Account menu/ }).click();
  await menu.getByRole("button", { name: `ReadOnly @ ${account.accountId}` }).click();
  await expect(badge).toHaveText(`ReadOnly @ ${account.accountId}`);
  await page.getByRole("button", { name: /^Account menu/ }).click();
  await menu.getByRole("button", { name: "Sign Out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain("role-session");
});
