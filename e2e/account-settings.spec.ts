import { randomBytes } from "node:crypto";
import { DEMO_ACCOUNT } from "../lib/demo";
import { signInAsIamUser } from "./support/accounts";
import { createUserInConsole, errorOf, lookUpEvents } from "./support/console";
import { expect, test } from "./support/fixtures";

const PASSWORD = "Lab-User-2021!";
const INCORRECT = "Your authentication information is incorrect. Please try again.";

test.describe("account alias", () => {
  test("is created, changed and deleted, and IAM users sign in by whichever alias is current", async ({ rootPage: page, account, browser }) => {
    const first = `lab-${randomBytes(4).toString("hex")}`;
    const second = `${first}-b`;
    await createUserInConsole(page, { userName: "Bob", password: PASSWORD });
    const bob = await (await browser.newContext()).newPage();
    const signsIn = async (accountOrAlias: string) => {
      await signInAsIamUser(bob, accountOrAlias, "Bob", PASSWORD);
      await expect(bob.getByRole("heading", { name: "IAM dashboard" }).or(bob.getByRole("alert").filter({ hasText: INCORRECT }))).toBeVisible();
      const inside = await bob.getByRole("heading", { name: "IAM dashboard" }).isVisible();
      if (inside) await bob.context().clearCookies();
      return inside;
    };

    await page.goto("/iam/home");
    await page.getByRole("link", { name: "Customize" }).click();
    const alias = page.getByRole("region", { name: "Account alias" });
    await expect(alias.getByTestId("account-alias")).toHaveText("None");
    await alias.getByRole("button", { name: "Create alias" }).click();
    await alias.getByLabel("Preferred alias").fill(first);
    await alias.getByRole("button", { name: "Save changes" }).click();
    await expect(alias.getByRole("status")).toHaveText(`The account alias is now ${first}.`);
    await expect(alias.getByTestId("account-alias")).toHaveText(first);
    await page.goto("/iam/home");
    await expect(page.getByTestId("iam-sign-in-url")).toContainText(`/signin?account=${first}`);
    expect(await signsIn(first)).toBe(true);

    await page.goto("/iam/account-settings");
    await alias.getByRole("button", { name: "Edit" }).click();
    await alias.getByLabel("Preferred alias").fill(second);
    await alias.getByRole("button", { name: "Save changes" }).click();
    await expect(alias.getByTestId("account-alias")).toHaveText(second);
    expect(await signsIn(first)).toBe(false);
    expect(await signsIn(second)).toBe(true);

    await alias.getByRole("button", { name: "Delete" }).click();
    const confirm = page.getByRole("dialog", { name: "Delete account alias" });
    await expect(confirm).toContainText(second);
    await confirm.getByRole("button", { name: "Delete" }).click();
    await expect(alias.getByRole("status")).toHaveText("The account alias was deleted.");
    await expect(alias.getByTestId("account-alias")).toHaveText("None");
    expect(await signsIn(second)).toBe(false);
    expect(await signsIn(account.accountId)).toBe(true);

    const history = await lookUpEvents(page, { userName: "root" });
    const rows = history.getByRole("row", { name: /AccountAlias/ });
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText("DeleteAccountAlias");
    await expect(rows.nth(1)).toContainText("CreateAccountAlias");
    await expect(rows.nth(2)).toContainText("CreateAccountAlias");
  });

  test("an alias another account has, or one that breaks AWS's rules, gets a field message and changes nothing", async ({ rootPage: page }) => {
    await page.goto("/iam/account-settings");
    const alias = page.getByRole("region", { name: "Account alias" });
    await alias.getByRole("button", { name: "Create alias" }).click();
    const field = alias.getByLabel("Preferred alias");
    const save = alias.getByRole("button", { name: "Save changes" });
    for (const [value, message] of [
      [DEMO_ACCOUNT.alias, `The account alias ${DEMO_ACCOUNT.alias} already exists.`],
      ["", "This field is required."],
      ["AB", "Use 3 to 63 lower-case letters, digits and single hyphens, not only digits."],
      ["123456789012", "Use 3 to 63 lower-case letters, digits and single hyphens, not only digits."],
      ["<b>lab</b>", "Use 3 to 63 lower-case letters, digits and single hyphens, not only digits."],
      ["a".repeat(64), "This value is too long."],
      ["lab\u0007", "Control characters are not allowed."],
    ]) {
      await field.fill(value);
      await save.click();
      await expect(errorOf(field), value).toHaveText(message);
    }
    await page.reload();
    await expect(alias.getByTestId("account-alias")).toHaveText("None");
    const history = await lookUpEvents(page, { eventName: "CreateAccountAlias" });
    await expect(history.getByText("No events match.")).toBeVisible();
  });
});
