import { signInAsRoot } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import { signOut, submitMfaCode } from "./support/mfa";
import { consecutiveCodes, totpCode } from "./support/totp";

// The guided lesson of the current console ("Assign an MFA device"), with the practice authenticator
// standing in for a phone.
test.use({ sandbox: { users: [], consoleVersion: "current" } });

test.describe("the current console's guided lesson", () => {
  test("walks the learner through Assign MFA device with the practice authenticator, to a sign-in with its code", async ({ rootPage: page, account, context }) => {
    // The dashboard offers the lesson of this console, not the 2021 one.
    await expect(page.getByRole("button", { name: "Start tutorial: Enable a virtual MFA device" })).toHaveCount(0);
    await page.getByRole("button", { name: "Start tutorial: Assign an MFA device" }).click();
    const panel = page.getByRole("complementary", { name: "Assign an MFA device" });
    const current = panel.getByRole("region", { name: "Current step" });
    const pointer = page.locator("[data-tutorial-current]");
    const at = async (step: number, title: string) => {
      await expect(current).toContainText(`Step ${step} of 11`);
      await expect(current.getByRole("heading")).toHaveText(title);
    };

    await at(1, "Open Security credentials");
    await pointer.click();
    await at(3, "Choose Assign MFA device");
    await expect(pointer).toHaveAccessibleName("Assign MFA device");
    // "Show me" brings the control into view and focuses it, wherever the panel sits.
    await panel.getByRole("button", { name: "Show me" }).click();
    await expect(pointer).toBeFocused();
    await page.keyboard.press("Enter");

    const wizard = page.getByRole("dialog", { name: "Assign MFA device" });
    await expect(wizard.getByRole("complementary", { name: "Assign an MFA device" })).toBeVisible();
    await at(4, "Name the device");
    await expect(pointer).toHaveAccessibleName("Device name");
    await pointer.fill("practice-app");
    await at(5, "Choose Authenticator app, then Next");
    await expect(pointer).toHaveAccessibleName(/^Authenticator app/);
    await pointer.check();
    await wizard.getByRole("button", { name: "Next" }).click();

    await at(6, "Choose Show QR code");
    await wizard.getByRole("button", { name: "Show secret key" }).click();
    await at(7, "Type two consecutive codes");
    await expect(pointer).toHaveAccessibleName("MFA code 1");
    const secretKey = (await wizard.getByLabel("Secret key").textContent())!;

    // The practice authenticator, opened from the wizard, takes the secret key and shows the device's codes.
    const [app] = await Promise.all([context.waitForEvent("page"), wizard.getByRole("link", { name: "No phone? Open the practice authenticator" }).click()]);
    await app.getByLabel("Account name").fill("practice-app");
    await app.getByRole("textbox", { name: "Secret key" }).fill(secretKey);
    await app.getByRole("button", { name: "Add account" }).click();
    const seed = secretKey.replace(/\s+/g, "");
    const { code1, code2 } = await consecutiveCodes(seed);
    await expect(app.getByLabel("Code for practice-app")).toHaveText(`${code2.slice(0, 3)} ${code2.slice(3)}`);

    await wizard.getByLabel("MFA code 1").fill(code1);
    await wizard.getByLabel("MFA code 2").fill(code2);
    await at(8, "Choose Add MFA");
    await expect(pointer).toHaveAccessibleName("Add MFA");
    await pointer.click();

    await at(9, "MFA device assigned: sign in with it");
    await expect(pointer).toHaveAccessibleName(/^Account menu/);
    await signOut(page);
    await signInAsRoot(page, account.email, account.password);
    await at(10, "Type the code from your app");
    await submitMfaCode(page, totpCode(seed, 1));
    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
    await at(11, "Done: you signed in with MFA");
  });
});

test.describe("the current console's guided lesson in Korean", () => {
  test.use({ locale: "ko-KR" });

  test("speaks the console's language", async ({ rootPage: page }) => {
    await page.getByRole("button", { name: "자습서 시작: MFA 디바이스 할당" }).click();
    const current = page.getByRole("complementary", { name: "MFA 디바이스 할당" }).getByRole("region", { name: "현재 단계" });
    await expect(current.getByRole("heading")).toHaveText("보안 자격 증명 열기");
    await page.locator("[data-tutorial-current]").click();
    await expect(current.getByRole("heading")).toHaveText("MFA 디바이스 할당 선택");
    await expect(page.locator("[data-tutorial-current]")).toHaveAccessibleName("MFA 디바이스 할당");
  });
});
