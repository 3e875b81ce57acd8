import { GetLoginProfileCommand, UpdateLoginProfileCommand } from "@aws-sdk/client-iam";
import type { Page } from "@playwright/test";
import { iamClient } from "./support/api";
import { errorOf } from "./support/console";
import { expect, test } from "./support/fixtures";

const PASSWORD = "Lab-User-2021!";

test.describe("the account password policy in the console", () => {
  // AWS's MFA self-management policy, the lab's users' default, lets a user change their password only once
  // signed in with MFA; Bob holds AdministratorAccess here, so that these tests are about the password.
  test.use({ sandbox: { users: [{ userName: "Bob", password: PASSWORD, administrator: true }] } });

  test("the root user sets a custom policy in Account settings; Bob's Change password is held to it", async ({ rootPage: page, userPage: bob }) => {
    await page.goto("/iam/account-settings");
    const panel = page.getByRole("region", { name: "Password policy" });
    await expect(panel.getByText("This account uses the IAM default password policy.")).toBeVisible();
    await panel.getByRole("button", { name: "Edit" }).click();
    await panel.getByRole("radio", { name: "Custom" }).check();
    await panel.getByLabel("Password minimum length").fill("200");
    await panel.getByRole("button", { name: "Save changes" }).click();
    await expect(errorOf(panel.getByLabel("Password minimum length"))).toHaveText("Enter a whole number in the range shown.");
    await panel.getByLabel("Password minimum length").fill("14");
    await panel.getByLabel(/Require at least one number/).check();
    await panel.getByLabel(/Require at least one non-alphanumeric character/).check();
    await panel.getByLabel("Prevent password reuse").check();
    await panel.getByLabel("Remember this many passwords").fill("3");
    await panel.getByRole("button", { name: "Save changes" }).click();
    await expect(panel.getByRole("status").filter({ hasText: "The password policy was saved." })).toBeVisible();
    await expect(panel.getByTestId("password-policy-rules").getByRole("listitem")).toHaveText([
      "At least 14 characters",
      "At least one number",
      "At least one symbol: ! @ # $ % ^ & * ( ) _ + - = [ ] { } | '",
      "Not one of the last 3 passwords",
      "Users may change their own password",
    ]);

    await bob.goto("/iam/security-credentials");
    await bob.getByRole("region", { name: "Console sign-in" }).getByRole("button", { name: "Change password" }).click();
    const dialog = bob.getByRole("dialog", { name: "Change password" });
    const change = async (next: string) => {
      await dialog.getByLabel("Current password").fill(PASSWORD);
      await dialog.getByLabel("New password", { exact: true }).fill(next);
      await dialog.getByLabel("Confirm new password").fill(next);
      await dialog.getByRole("button", { name: "Change password" }).click();
    };
    await change("Only-letters-here");
    await expect(errorOf(dialog.getByLabel("New password", { exact: true }))).toHaveText(
      "The new password does not meet the account's password policy: At least 14 characters; At least one number; At least one symbol: ! @ # $ % ^ & * ( ) _ + - = [ ] { } | '; Not one of the last 3 passwords.",
    );
    await change(PASSWORD);
    await expect(errorOf(dialog.getByLabel("New password", { exact: true }))).toHaveText(/^The new password does not meet/);
    await change("Fourteen-chars-1!");
    await expect(bob.getByRole("status").filter({ hasText: "Your password has been changed." })).toBeVisible();
  });
});

/** The IAM user sign-in form by its labels in either language. */
async function signInAsIamUser(page: Page, labels: { iamUser: RegExp; account: string; next: string; userName: string; password: string; signIn: string }, who: { account: string; userName: string; password: string }) {
  await page.goto("/signin");
  await page.getByRole("radio", { name: labels.iamUser }).check();
  await page.getByLabel(labels.account).fill(who.account);
  await page.getByRole("button", { name: labels.next }).click();
  await page.getByLabel(labels.userName).fill(who.userName);
  await page.getByLabel(labels.password, { exact: true }).fill(who.password);
  await page.getByRole("button", { name: labels.signIn, exact: true }).click();
}

const LANGUAGES = [
  {
    locale: "en-US",
    labels: { iamUser: /IAM user/, account: "Account ID (12 digits) or account alias", next: "Next", userName: "IAM user name", password: "Password", signIn: "Sign in" },
    page: { heading: "Change password", body: "Your administrator requires a new password. You must change your password to continue.", old: "Old password", new: "New password", retype: "Retype new password", submit: "Confirm password change", wrong: "The old password is incorrect." },
  },
  {
    locale: "ko-KR",
    labels: { iamUser: /IAM 사용자/, account: "계정 ID(12자리) 또는 계정 별칭", next: "다음", userName: "IAM 사용자 이름", password: "암호", signIn: "로그인" },
    page: { heading: "암호 변경", body: "관리자가 새 암호를 요구합니다. 계속하려면 암호를 변경해야 합니다.", old: "이전 암호", new: "새 암호", retype: "새 암호 다시 입력", submit: "암호 변경 확인", wrong: "이전 암호가 올바르지 않습니다." },
  },
] as const;

for (const { locale, labels, page: text } of LANGUAGES) {
  test.describe(`PasswordResetRequired at sign-in (${locale})`, () => {
    test.use({ locale, sandbox: { users: [{ userName: "carol", password: PASSWORD }], accessKey: true } });

    test("the user is asked for a new password after the password step, and gets a session only once it is set", async ({ page, account }, testInfo) => {
      const iam = iamClient(testInfo.project.use.baseURL!, account.accessKey!);
      await iam.send(new UpdateLoginProfileCommand({ UserName: "carol", PasswordResetRequired: true }));

      await signInAsIamUser(page, labels, { account: account.accountId, userName: "carol", password: PASSWORD });
      await expect(page).toHaveURL(/\/signin\/password-change/);
      await expect(page.getByRole("heading", { name: text.heading })).toBeVisible();
      await expect(page.getByText(text.body)).toBeVisible();
      // No session yet: the console sends the browser back to sign in.
      const elsewhere = await page.context().newPage();
      await elsewhere.goto("/iam/home");
      await expect(elsewhere).toHaveURL(/\/signin/);
      await elsewhere.close();

      await page.getByLabel(text.old).fill("Not-the-password-1");
      await page.getByLabel(text.new, { exact: true }).fill("Carol-New-2021!");
      await page.getByLabel(text.retype).fill("Carol-New-2021!");
      await page.getByRole("button", { name: text.submit }).click();
      await expect(errorOf(page.getByLabel(text.old))).toHaveText(text.wrong);

      await page.getByLabel(text.old).fill(PASSWORD);
      await page.getByLabel(text.new, { exact: true }).fill("Carol-New-2021!");
      await page.getByLabel(text.retype).fill("Carol-New-2021!");
      await page.getByRole("button", { name: text.submit }).click();
      await expect(page).toHaveURL(/\/iam\/home$/);
      const profile = await iam.send(new GetLoginProfileCommand({ UserName: "carol" }));
      expect(profile.LoginProfile?.PasswordResetRequired).toBe(false);
    });
  });
}
