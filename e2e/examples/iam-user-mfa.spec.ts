import { signInAsIamUser } from "../support/accounts";
import { expect, test } from "../support/fixtures";
import { assignVirtualMfa, signOut, submitMfaCode } from "../support/mfa";
import { totpCode } from "../support/totp";

// Each test gets a fresh sandbox account; this one comes with an IAM user who can sign in.
test.use({ sandbox: { users: [{ userName: "student", password: "Student-2021!" }] } });

test("an IAM user assigns their own virtual MFA device and is asked for a code at the next sign-in", async ({ userPage: page, account }) => {
  // userPage: already signed in as "student", on the IAM dashboard.
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("link", { name: "My Security Credentials" }).click();
  await expect(page.getByRole("tab", { name: "AWS IAM credentials" })).toHaveAttribute("aria-selected", "true");

  // The tutorial's wizard, click for click; returns the secret key an authenticator app would hold.
  const seed = await assignVirtualMfa(page);
  await expect(page.getByText(`arn:aws:iam::${account.accountId}:mfa/student`)).toBeVisible();

  await signOut(page);
  await signInAsIamUser(page, account.accountId, "student", "Student-2021!");
  // The codes typed to assign the device are spent; the next step's code is accepted at once.
  await submitMfaCode(page, totpCode(seed, 1));
  await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
});
