import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";

const v1 = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "iam:ListUsers", Resource: "*" }] }, null, 2);
const v2 = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["iam:ListUsers", "iam:GetUser"], Resource: "*" }] }, null, 2);
const MALFORMED = '{\n  "Version": "2012-10-17",\n  "Statement": [\n';

/** How far the page scrolls sideways: 0 when nothing is wider than the screen. */
const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test.describe("Policies and Roles", () => {
  test("a customer managed policy from the editor, its versions, a role that requires MFA with it attached, and the pages at phone width", async ({ rootPage: page, account }) => {
    const editor = page.getByRole("textbox", { name: "Policy document" });

    // Create policy: a malformed document is refused in AWS's words, and the text stays as typed.
    await page.goto("/iam/policies/create");
    await editor.fill(MALFORMED);
    await page.getByLabel("Name", { exact: true }).fill("lab-user-reader");
    await page.getByLabel("Description").fill("Reads users");
    await page.getByRole("button", { name: "Create policy" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Syntax errors in policy." })).toBeVisible();
    await expect(editor).toHaveValue(MALFORMED);
    await editor.fill(v1);
    await page.getByRole("button", { name: "Create policy" }).click();
    const arn = `arn:aws:iam::${account.accountId}:policy/lab-user-reader`;
    await expect(page.locator("main h1")).toHaveText("lab-user-reader");
    await expect(page.getByText(arn, { exact: true })).toBeVisible();
    await expect(page.getByRole("list", { name: "Policy summary" }).getByRole("listitem").filter({ hasText: "iam" })).toContainText("ListUsers");
    await page.getByRole("link", { name: "{} JSON" }).click();
    await expect(page.getByRole("region", { name: "{} JSON" })).toContainText('"Action": "iam:ListUsers"');

    // A second policy of the same name: AWS's EntityAlreadyExists message.
    await page.goto("/iam/policies/create");
    await editor.fill(v1);
    await page.getByLabel("Name", { exact: true }).fill("LAB-user-reader");
    await page.getByRole("button", { name: "Create policy" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "A policy called LAB-user-reader already exists. Duplicate names are not allowed." })).toBeVisible();

    // Edit policy: v2 becomes the default; then v1 is set back as the default.
    await page.goto(`/iam/policies/details?arn=${encodeURIComponent(arn)}`);
    await page.getByRole("link", { name: "Edit policy" }).click();
    await expect(editor).toHaveValue(v1);
    await editor.fill(v2);
    await page.getByRole("button", { name: "Save changes" }).click();
    const versions = page.getByRole("table", { name: "Policy versions" });
    await expect(versions.getByRole("row", { name: /v2/ })).toContainText("v2 (Default)");
    await versions.getByRole("radio", { name: "v1" }).check();
    await page.getByRole("button", { name: "Set as default" }).click();
    await expect(versions.getByRole("row", { name: /v1/ })).toContainText("v1 (Default)");
    await expect(versions.getByRole("row", { name: /v2/ })).not.toContainText("Default");

    // The list, filtered by type on the server: the account's policy, not AWS's.
    await page.goto("/iam/policies");
    await page.getByLabel("Policy type").selectOption({ label: "Customer managed" });
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/type=customer/);
    const policies = page.getByRole("table", { name: "Policies" });
    await expect(policies.getByRole("row")).toHaveCount(2);
    await expect(policies.getByRole("row", { name: /lab-user-reader/ })).toContainText("Customer managed");

    // Create role: another AWS account (this one), Require MFA, the new policy attached.
    await page.goto("/iam/roles/create");
    await page.getByLabel("Account ID").fill(account.accountId);
    await page.getByLabel("Require MFA").check();
    await page.getByRole("searchbox", { name: "Filter policies" }).fill("lab-user");
    await page.getByRole("checkbox", { name: "lab-user-reader" }).check();
    await page.getByLabel("Role name").fill("lab-admin-mfa");
    await page.getByLabel("Maximum session duration").selectOption({ label: "2 hours" });
    await page.getByRole("button", { name: "Create role" }).click();
    await expect(page.locator("main h1")).toHaveText("lab-admin-mfa");
    await expect(page.getByRole("link", { name: `/switchrole?roleName=lab-admin-mfa&account=${account.accountId}` })).toBeVisible();
    await expect(page.getByRole("table", { name: "Permissions policies" })).toContainText("lab-user-reader");
    await page.getByRole("tab", { name: "Trust relationships" }).click();
    await expect(page.getByRole("region", { name: "Trust policy" }).locator("pre")).toHaveText(
      JSON.stringify(
        {
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${account.accountId}:root` }, Action: "sts:AssumeRole", Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } }],
        },
        null,
        2,
      ),
    );
    await expect(page.getByRole("table", { name: "Conditions" })).toContainText("aws:MultiFactorAuthPresent");
    await page.goto("/iam/roles");
    await expect(page.getByRole("table", { name: "Roles" }).getByRole("row", { name: /lab-admin-mfa/ })).toContainText(`Account: ${account.accountId}`);

    // Delete policy while attached: AWS's DeleteConflict, and the policy stays.
    await page.goto(`/iam/policies/details?arn=${encodeURIComponent(arn)}&tab=usage`);
    await expect(page.getByRole("table", { name: "Policy usage" })).toContainText("lab-admin-mfa");
    await page.getByRole("button", { name: "Delete policy" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete lab-user-reader?" });
    await dialog.getByRole("button", { name: "Delete" }).click();
    await expect(dialog.getByRole("alert")).toHaveText("Cannot delete a policy attached to entities.");

    // At 390 px no new page scrolls sideways, and axe finds nothing serious on them.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of [
      "/iam/policies",
      "/iam/policies/create",
      `/iam/policies/details?arn=${encodeURIComponent(arn)}`,
      `/iam/policies/details?arn=${encodeURIComponent(arn)}&tab=versions`,
      "/iam/policies/details?arn=arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FAdministratorAccess",
      "/iam/roles",
      "/iam/roles/create",
      "/iam/roles/details/lab-admin-mfa",
      "/iam/roles/details/lab-admin-mfa?tab=trust",
      "/iam/roles/details/lab-admin-mfa?tab=trust&edit=1",
    ]) {
      await page.goto(path);
      await expect(page.locator("main h1")).toBeVisible();
      expect(await sidewaysScroll(page), path).toBeLessThanOrEqual(0);
      await expectAccessible(page, path);
    }
  });
});
