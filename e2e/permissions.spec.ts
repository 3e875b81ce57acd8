import type { Page } from "@playwright/test";
import { signInWithoutUi, userOf } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { openUser } from "./support/console";
import { expect, test } from "./support/fixtures";

const PASSWORD = "Lab-User-2021!";
const READ_ONLY_ARN = "arn:aws:iam::aws:policy/IAMReadOnlyAccess";
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** The Permissions policies table of the open user or group. */
const policies = (page: Page) => page.getByRole("table", { name: "Permissions policies" });

/** "Add permissions": filters the list on the server and ticks the policy named `policyName`, then attaches it; with `audit`, axe checks the dialog. */
async function attachPolicy(page: Page, policyName: string, audit = false): Promise<void> {
  await page.getByRole("button", { name: "Add permissions" }).click();
  const dialog = page.getByRole("dialog", { name: "Add permissions" });
  await dialog.getByRole("searchbox", { name: "Filter policies" }).fill(policyName);
  await dialog.getByRole("checkbox", { name: policyName, exact: true }).check();
  await expect(dialog.getByRole("status")).toHaveText("1 policy selected");
  if (audit) await expectAccessible(page, "the attach dialog");
  await dialog.getByRole("button", { name: "Attach policies" }).click();
  await expect(dialog).toBeHidden();
}

/** A row's Remove, confirmed with the dialog's `verb` (Detach, or Delete for an inline policy). */
async function removePolicy(page: Page, policyName: string, verb = "Detach"): Promise<void> {
  await policies(page).getByRole("button", { name: `Remove ${policyName}` }).click();
  await page.getByRole("dialog", { name: `Remove ${policyName}?` }).getByRole("button", { name: verb }).click();
  await expect(policies(page).getByRole("row", { name: new RegExp(policyName) })).toHaveCount(0);
}

/** `page` lists the account's users, and is refused Create user with AWS's denial. */
async function expectReadOnly(page: Page, accountId: string): Promise<void> {
  await page.goto("/iam/users");
  await expect(page.getByRole("table", { name: "Users" }).getByRole("link", { name: "Bob" })).toBeVisible();
  await page.goto("/iam/users/create");
  await expect(page.getByRole("heading", { name: "Access denied" })).toBeVisible();
  await expect(page.getByTestId("access-denied-message")).toContainText(`User: arn:aws:iam::${accountId}:user/Bob is not authorized to perform: iam:CreateUser`);
}

test.describe("permissions policies and user groups", () => {
  test.use({ sandbox: { users: [{ userName: "Bob", password: PASSWORD }] } });

  test("an administrator gives a user IAMReadOnlyAccess on the Permissions tab, then through a group; the inline editor keeps a malformed document with AWS's message", async ({
    rootPage: page,
    account,
    browser,
  }) => {
    await openUser(page, "Bob");
    await page.getByRole("tab", { name: "Permissions" }).click();
    await expect(policies(page).getByRole("row", { name: /SelfManageCredentialsWithMFA/ })).toContainText("Customer managed");
    await attachPolicy(page, "IAMReadOnlyAccess", true);
    const readOnly = policies(page).getByRole("row", { name: /IAMReadOnlyAccess/ });
    await expect(readOnly).toContainText("AWS managed policy");
    await expect(readOnly.getByRole("link", { name: "IAMReadOnlyAccess" })).toHaveAttribute("href", `/iam/policies/details?arn=${encodeURIComponent(READ_ONLY_ARN)}`);
    // AWS's self-management policy denies all but setting up MFA to a user without it: it goes, for Bob to read without MFA.
    await removePolicy(page, "SelfManageCredentialsWithMFA");

    const bob = await (await browser.newContext()).newPage();
    await signInWithoutUi(bob, userOf(account, "Bob"));
    await expectReadOnly(bob, account.accountId);

    await removePolicy(page, "IAMReadOnlyAccess");
    await bob.goto("/iam/users");
    await expect(bob.getByTestId("access-denied-message")).toContainText("iam:ListUsers");

    // The same permission through a group, made with its member and policy on Create group.
    await page.getByRole("navigation", { name: /IAM/ }).getByRole("link", { name: "User groups" }).click();
    await page.getByRole("link", { name: "Create group" }).click();
    await page.getByLabel("Group name").fill("Readers");
    await page.getByRole("checkbox", { name: "Bob", exact: true }).check();
    await page.getByRole("searchbox", { name: "Filter policies" }).fill("IAMReadOnly");
    await page.getByRole("checkbox", { name: "IAMReadOnlyAccess", exact: true }).check();
    await page.getByRole("button", { name: "Create group" }).click();
    await expect(page).toHaveURL(/\/iam\/groups\/details\/Readers\?created=1$/);
    await expect(page.getByRole("table", { name: "Users in this group" }).getByRole("link", { name: "Bob" })).toBeVisible();
    await page.getByRole("tab", { name: "Permissions" }).click();
    await expect(policies(page).getByRole("row", { name: /IAMReadOnlyAccess/ })).toContainText("AWS managed policy");
    await page.goto("/iam/groups");
    await expect(page.getByRole("table", { name: "User groups" }).getByRole("row", { name: /Readers/ })).toContainText("Defined");

    await openUser(page, "Bob");
    await page.getByRole("tab", { name: "Permissions" }).click();
    await expect(policies(page).getByRole("row", { name: /IAMReadOnlyAccess/ })).toContainText("Attached from group Readers");
    await expectReadOnly(bob, account.accountId);

    // The inline editor: IAM's parser refuses a malformed document with AWS's message; the text stays as typed.
    await page.getByRole("button", { name: "Add inline policy" }).click();
    const inline = page.getByRole("dialog", { name: "Create inline policy" });
    await inline.getByLabel("Name", { exact: true }).fill("ListBuckets");
    const malformed = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "*" }\n';
    await inline.getByLabel("JSON").fill(malformed);
    await inline.getByRole("button", { name: "Create policy" }).click();
    await expect(inline.getByRole("alert")).toContainText("Syntax errors in policy.");
    await expect(inline.getByLabel("JSON")).toHaveValue(malformed);
    await expect(inline.getByLabel("JSON")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page, "the inline policy editor with IAM's message");
    await inline.getByLabel("JSON").press("End");
    await inline.getByLabel("JSON").pressSequentially("]}");
    await inline.getByRole("button", { name: "Create policy" }).click();
    await expect(inline).toBeHidden();
    await expect(policies(page).getByRole("row", { name: /ListBuckets/ })).toContainText("Inline policy");

    // The user's Groups tab: Bob leaves the group, and with it its permission.
    await page.getByRole("tab", { name: "Groups" }).click();
    await page.getByRole("button", { name: "Remove Readers" }).click();
    await page.getByRole("dialog", { name: "Remove Bob from Readers?" }).getByRole("button", { name: "Remove" }).click();
    await expect(page.getByText("This user is in no group.")).toBeVisible();
    await bob.goto("/iam/users");
    await expect(bob.getByTestId("access-denied-message")).toContainText("iam:ListUsers");
  });

  test.describe("at phone width", () => {
    test.use(PHONE);

    test("the groups and permissions pages and dialogs do not scroll sideways", async ({ rootPage: page }) => {
      const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await page.goto("/iam/groups/create");
      await page.getByLabel("Group name").fill("Readers-with-a-rather-long-group-name");
      await page.getByRole("button", { name: "Create group" }).tap();
      await expect(page).toHaveURL(/created=1$/);
      for (const path of [
        "/iam/groups",
        "/iam/groups/create",
        "/iam/groups/details/Readers-with-a-rather-long-group-name",
        "/iam/groups/details/Readers-with-a-rather-long-group-name?tab=permissions",
        "/iam/users/details/Bob?tab=permissions",
        "/iam/users/details/Bob?tab=groups",
      ]) {
        await page.goto(path);
        await expect(page.locator("main h1")).toBeVisible();
        expect(await sideways(), path).toBeLessThanOrEqual(0);
      }
      await page.getByRole("tab", { name: "Permissions" }).tap();
      await page.getByRole("button", { name: "Add permissions" }).tap();
      await expect(page.getByRole("dialog", { name: "Add permissions" }).getByRole("checkbox").first()).toBeVisible();
      expect(await sideways(), "the attach dialog").toBeLessThanOrEqual(0);
      await page.getByRole("dialog", { name: "Add permissions" }).getByRole("button", { name: "Cancel" }).tap();
      await page.getByRole("button", { name: "Add inline policy" }).tap();
      await expect(page.getByRole("dialog", { name: "Create inline policy" }).getByLabel("JSON")).toBeVisible();
      expect(await sideways(), "the inline policy dialog").toBeLessThanOrEqual(0);
    });
  });
});
