import { expect, test } from "./support/fixtures";

test.describe("bad input on the sign-up and sign-in forms", () => {
  test("empty, overlong, control-character and markup input get field messages and create nothing", async ({ page }) => {
    await page.goto("/signup");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("This field is required.")).toHaveCount(4);

    await page.getByLabel("Root user email address").fill("not-an-email");
    await page.getByLabel("AWS account name").fill("<script>alert(1)</script>");
    await page.getByLabel("Root user password", { exact: true }).fill("short");
    await page.getByLabel("Confirm root user password").fill("other");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Enter a valid email address.")).toBeVisible();
    await expect(page.getByText("The characters < and > are not allowed.")).toBeVisible();
    await expect(page.getByText(/^Passwords must be at least 8 characters/).last()).toBeVisible();
    // What was typed is still there, except the passwords.
    await expect(page.getByLabel("AWS account name")).toHaveValue("<script>alert(1)</script>");

    await page.getByLabel("Root user email address").fill(`x@${"a".repeat(1100)}.com`);
    await page.getByLabel("AWS account name").fill("tab\there");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("This value is too long.")).toBeVisible();
    await expect(page.getByText("Control characters are not allowed.")).toBeVisible();
    await expect(page.getByTestId("new-account-id")).toHaveCount(0);
  });

  test("a root e-mail that is taken is refused on its field", async ({ page, account }) => {
    await page.goto("/signup");
    await page.getByLabel("Root user email address").fill(account.email.toUpperCase());
    await page.getByLabel("AWS account name").fill("Second try");
    await page.getByLabel("Root user password", { exact: true }).fill("Another-pass-1");
    await page.getByLabel("Confirm root user password").fill("Another-pass-1");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("An account with this root user email address already exists.")).toBeVisible();
  });

  test("the sign-in form asks for what is missing before it asks the server", async ({ page }) => {
    await page.goto("/signin");
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByText("This field is required.")).toBeVisible();
    await page.getByRole("radio", { name: /IAM user/ }).check();
    await page.getByLabel("Account ID (12 digits) or account alias").fill("123456789012");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("This field is required.")).toHaveCount(2);
  });
});
