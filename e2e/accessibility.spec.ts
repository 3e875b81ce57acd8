import type { Page } from "@playwright/test";
import { rootOf, signInWithoutUi } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import { expectAccessible } from "./support/axe";
import { assignRootVirtualMfa } from "./support/mfa";

/** The root user's sign-in page in either language, up to the password field. */
async function rootEmailStep(page: Page, email: string): Promise<void> {
  await page.goto("/signin");
  await page.getByRole("radio").first().check();
  await page.getByRole("textbox").first().fill(email);
  await page.getByRole("button", { name: /^(Next|다음)$/ }).click();
  await expect(page.locator('input[type="password"]')).toBeVisible();
}

for (const locale of ["en-US", "ko-KR"]) {
  test.describe(`every page of the tutorial passes axe (${locale})`, () => {
    test.use({ locale });

    test("sign-up and sign-in", async ({ page, account }) => {
      await page.goto("/signup");
      await expectAccessible(page, "sign-up");
      await page.goto("/signin");
      await expectAccessible(page, "sign-in: choose the user type");
      await rootEmailStep(page, account.email);
      await expectAccessible(page, "sign-in: password");
    });

    test("the walkthrough: dashboard with the tutorial panel, security credentials, each wizard dialog", async ({ rootPage: page }) => {
      await page.getByRole("button", { name: /^(Start tutorial|자습서 시작): (Enable a virtual MFA device|가상 MFA 디바이스 활성화)$/ }).click();
      await expect(page.getByRole("complementary")).toBeVisible();
      await expectAccessible(page, "dashboard with the tutorial panel");

      await page.locator('[data-tutorial="nav-security-credentials"]').click();
      await page.locator('[data-tutorial="mfa-section"]').click();
      await expectAccessible(page, "security credentials, MFA section open");

      await page.locator('[data-tutorial="activate-mfa"]').click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await expectAccessible(page, "Manage MFA device");

      await page.locator('[data-tutorial="continue"]').click();
      await page.locator('[data-tutorial="show-qr-code"]').click();
      await expect(page.locator('[data-tutorial="qr-code"]')).toBeVisible();
      await page.getByRole("dialog").getByRole("button", { name: /^(Show secret key|비밀 키 표시)$/ }).click();
      await expectAccessible(page, "Set up virtual MFA device, QR code and secret key shown");
    });

    test("the MFA sign-in, its troubleshooting page and the practice authenticator", async ({ page, browser, account }) => {
      const setup = await (await browser.newContext({ locale: "en-US" })).newPage();
      await signInWithoutUi(setup, rootOf(account));
      await assignRootVirtualMfa(setup);
      await expect(setup.getByRole("dialog")).toHaveCount(0);
      await expectAccessible(setup, "security credentials with an assigned device");
      await setup.close();

      await rootEmailStep(page, account.email);
      await page.locator('input[type="password"]').fill(account.password);
      await page.getByRole("button", { name: /^(Sign in|로그인)$/ }).click();
      await expect(page).toHaveURL(/\/signin\/mfa/);
      await expectAccessible(page, "MFA code at sign-in");
      await page.goto("/signin/mfa/troubleshoot");
      await expectAccessible(page, "Troubleshoot MFA");
      await page.goto("/authenticator");
      await expectAccessible(page, "practice authenticator");
    });
  });
}

for (const locale of ["en-US", "ko-KR"]) {
  test.describe(`the current console passes axe (${locale})`, () => {
    test.use({ locale, sandbox: { users: [], consoleVersion: "current" } });

    test("the MFA prompt at sign-in, the MFA panel, each step of Assign MFA device, the key fobs", async ({ page, account }) => {
      await rootEmailStep(page, account.email);
      await page.locator('input[type="password"]').fill(account.password);
      await page.getByRole("button", { name: /^(Sign in|로그인)$/ }).click();
      await expect(page).toHaveURL(/\/signin\/register-mfa/);
      await expectAccessible(page, "the root user's MFA prompt");
      await page.getByTestId("skip-mfa-enrollment").click();

      await page.goto("/iam/security-credentials");
      await expectAccessible(page, "security credentials, current MFA panel");
      await page.locator('[data-tutorial="assign-mfa-device"]').click();
      await expect(page.locator('[data-tutorial="select-mfa-device"]')).toBeVisible();
      await page.locator('[data-tutorial="device-name"]').fill("a11y");
      await page.locator('[data-tutorial="option-hardware-token"]').check();
      await expectAccessible(page, "Assign MFA device: Select MFA device");
      await page.locator('[data-tutorial="next"]').click();
      await expect(page.locator('[data-tutorial="serial-number"]')).toBeVisible();
      await expectAccessible(page, "Assign MFA device: Set up device (hardware TOTP token)");
      await page.getByRole("dialog").getByRole("button", { name: /^(Previous|이전)$/ }).click();
      await page.locator('[data-tutorial="option-authenticator-app"]').check();
      await page.locator('[data-tutorial="next"]').click();
      await page.locator('[data-tutorial="show-qr-code"]').click();
      await expect(page.locator('[data-tutorial="qr-code"]')).toBeVisible();
      await expectAccessible(page, "Assign MFA device: Set up device (authenticator app)");

      await page.goto("/authenticator");
      await page.getByRole("button", { name: /^(Load my practice tokens|내 연습용 토큰 불러오기)$/ }).click();
      await expect(page.locator("#practice-tokens li")).toHaveCount(2);
      await expectAccessible(page, "practice authenticator with its key fobs");
    });
  });
}
