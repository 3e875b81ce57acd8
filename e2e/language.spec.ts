import { DEMO_ACCOUNT } from "../lib/demo";
import { en } from "../lib/i18n/en";
import { signInAsIamUser } from "./support/accounts";
import { expect, test } from "./support/fixtures";

test.describe("Korean and English", () => {
  test("the browser's language decides until the footer's switch is used, which is remembered", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ko-KR" });
    const page = await context.newPage();
    await page.goto("/signin");
    await expect(page.getByRole("heading", { name: "로그인" })).toBeVisible();
    await expect(page.getByRole("radio", { name: /루트 사용자/ })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");

    await page.getByLabel("언어").selectOption("en");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  });

  test("the console speaks Korean after switching, navigation included", async ({ page }) => {
    await signInAsIamUser(page, DEMO_ACCOUNT.alias, DEMO_ACCOUNT.admin.userName, DEMO_ACCOUNT.admin.password);
    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
    await page.getByLabel("Language").selectOption("ko");
    await expect(page.getByRole("heading", { name: "IAM 대시보드" })).toBeVisible();
    await expect(page.getByRole("link", { name: "보안 자격 증명" })).toBeVisible();
    await expect(page.getByText("루트 계정에서 MFA 활성화")).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/03-dashboard-ko.png", fullPage: true });
  });

  test("a page sends the browser the messages its controls use, not the whole catalogue", async ({ rootPage: page }) => {
    const html = await (await page.request.get("/iam/security-credentials")).text();
    // The MFA wizard's words travel with the page, though the wizard opens only on a click ...
    expect(html).toContain(en.mfaWizard.labOnlyVirtual);
    // ... and the sign-up and MFA sign-in pages' do not (they were all in every page before).
    expect(html).not.toContain(en.signUp.intro);
    expect(html).not.toContain(en.mfaSignIn.body);
    // The wizard still speaks, loaded on the click.
    await page.goto("/iam/security-credentials?section=mfa");
    await page.getByRole("button", { name: "Activate MFA" }).click();
    await expect(page.getByRole("dialog", { name: en.mfaWizard.manageTitle })).toBeVisible();
    await expect(page.getByText(en.mfaWizard.chooseType)).toBeVisible();
  });
});
