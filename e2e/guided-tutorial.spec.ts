import { signInAsRoot } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import { signOut, submitMfaCode } from "./support/mfa";
import { consecutiveCodes, decodeQrDataUrl, totpCode } from "./support/totp";

test.describe("guided tutorial mode", () => {
  test("the panel follows the learner through every step, points at each control, and ends after the MFA sign-in", async ({
    rootPage: page,
    account,
  }) => {
    await page.getByRole("button", { name: "Start tutorial: Enable a virtual MFA device" }).click();
    const panel = page.getByRole("complementary", { name: "Enable a virtual MFA device" });
    const current = panel.getByRole("region", { name: "Current step" });
    const pointer = page.locator("[data-tutorial-current]");
    const at = async (step: number, title: string) => {
      await expect(current).toContainText(`Step ${step} of 11`);
      await expect(current.getByRole("heading")).toHaveText(title);
      await expect(panel.getByRole("list", { name: "Steps" }).locator('[aria-current="step"]')).toContainText(title);
    };

    await at(1, "Open Security credentials");
    await expect(pointer).toHaveAccessibleName("Security credentials");
    await pointer.click();

    await at(2, "Open Multi-factor authentication (MFA)");
    await expect(pointer).toHaveAccessibleName("Multi-factor authentication (MFA)");
    await pointer.click();

    await at(3, "Choose Activate MFA");
    await expect(pointer).toHaveAccessibleName("Activate MFA");
    await pointer.click();

    // The wizard is a modal dialog: the panel moves into it, so it stays readable and usable.
    const manage = page.getByRole("dialog", { name: "Manage MFA device" });
    await expect(manage.getByRole("complementary", { name: "Enable a virtual MFA device" })).toBeVisible();
    await at(4, "Choose Virtual MFA device, then Continue");
    await expect(pointer).toHaveAccessibleName("Continue");
    await pointer.click();

    const setup = page.getByRole("dialog", { name: "Set up virtual MFA device" });
    await at(5, "Choose Show QR code");
    await expect(pointer).toHaveAccessibleName("Show QR code");
    await pointer.click();

    await at(6, "Scan it, then type two codes");
    await expect(pointer).toHaveAccessibleName("MFA code 1");
    const uri = new URL(decodeQrDataUrl((await setup.getByRole("img", { name: "QR code for the virtual MFA device" }).getAttribute("src"))!)!);
    const seed = uri.searchParams.get("secret")!;
    const { code1, code2 } = await consecutiveCodes(seed);
    await setup.getByLabel("MFA code 1").fill(code1);
    await at(6, "Scan it, then type two codes");
    await setup.getByLabel("MFA code 2").fill(code2);

    await at(7, "Choose Assign MFA");
    await expect(pointer).toHaveAccessibleName("Assign MFA");
    await pointer.click();

    await at(8, "Check your app");
    await expect(pointer).toHaveRole("dialog");
    await expect(setup.getByText("You have successfully assigned virtual MFA")).toBeVisible();
    await setup.getByRole("button", { name: "Close", exact: true }).last().click();

    await at(9, "Sign out, then sign in again");
    await expect(pointer).toHaveAccessibleName(/^Account menu/);
    await signOut(page);
    // The panel follows the learner out of the console and back: its progress is kept in the browser.
    await at(9, "Sign out, then sign in again");
    await signInAsRoot(page, account.email, account.password);

    await at(10, "Type the code from your app");
    await expect(pointer).toHaveAccessibleName("MFA code");
    await submitMfaCode(page, totpCode(seed, 1));

    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
    await at(11, "Done: you signed in with MFA");
    await expect(pointer).toHaveCount(0);
    await panel.getByRole("button", { name: "Finish" }).click();
    await expect(panel).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
    await expect(panel).toHaveCount(0);
  });

  test("goes back when the learner does, starts over, and closes at any time", async ({ rootPage: page }) => {
    await page.getByRole("button", { name: "Start tutorial: Enable a virtual MFA device" }).click();
    const panel = page.getByRole("complementary", { name: "Enable a virtual MFA device" });
    const current = panel.getByRole("region", { name: "Current step" });
    await expect(page.getByRole("button", { name: "Start again: Enable a virtual MFA device" })).toBeVisible();

    await page.goto("/iam/security-credentials");
    await page.getByRole("button", { name: "Multi-factor authentication (MFA)" }).click();
    await page.getByRole("button", { name: "Activate MFA" }).click();
    await expect(current).toContainText("Step 4 of 11");
    // Cancelling the wizard takes the panel back to the step that opens it.
    await page.getByRole("dialog", { name: "Manage MFA device" }).getByRole("button", { name: "Cancel" }).click();
    await expect(current).toContainText("Step 3 of 11");
    await page.getByRole("navigation", { name: /IAM/ }).getByRole("link", { name: "Users" }).click();
    await expect(current).toContainText("Step 1 of 11");
    await expect(page.locator("[data-tutorial-current]")).toHaveAccessibleName("Security credentials");

    // Closed from inside the wizard: the dialog stays, the panel and its pointer go.
    await page.goto("/iam/security-credentials");
    await page.getByRole("button", { name: "Multi-factor authentication (MFA)" }).click();
    await page.getByRole("button", { name: "Activate MFA" }).click();
    const manage = page.getByRole("dialog", { name: "Manage MFA device" });
    await manage.getByRole("button", { name: "Close tutorial" }).click();
    await expect(panel).toHaveCount(0);
    await expect(page.locator("[data-tutorial-current]")).toHaveCount(0);
    await expect(manage).toBeVisible();
  });
});

type Box = { x: number; y: number; width: number; height: number } | null;
const overlap = (a: Box, b: Box) => !!a && !!b && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test.describe("guided tutorial mode in Korean, on a phone", () => {
  test.use({ locale: "ko-KR", timezoneId: "Asia/Seoul", viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the panel speaks the console's language, folds, never covers the control it points at, and leaves the lesson alone on the practice authenticator", async ({
    rootPage: page,
  }) => {
    await page.getByRole("button", { name: "자습서 시작: 가상 MFA 디바이스 활성화" }).tap();
    const panel = page.getByRole("complementary", { name: "가상 MFA 디바이스 활성화" });
    const current = panel.getByRole("region", { name: "현재 단계" });
    const pointer = page.locator("[data-tutorial-current]");
    const clearOfPointer = () => expect.poll(async () => overlap(await panel.boundingBox(), await pointer.boundingBox())).toBe(false);

    await expect(current).toContainText("11단계 중 1단계");
    await expect(current.getByRole("heading")).toHaveText("보안 자격 증명 열기");
    await expect(panel.getByRole("button", { name: "자습서 펼치기" })).toBeVisible();
    // The navigation is folded behind the menu button: the pointer shows the way to it.
    await expect(pointer).toHaveAccessibleName("메뉴");
    await clearOfPointer();
    await pointer.tap();
    await expect(pointer).toHaveAccessibleName("보안 자격 증명");
    await clearOfPointer();
    await pointer.tap();
    await expect(current.getByRole("heading")).toHaveText("멀티 팩터 인증(MFA) 펼치기");
    await clearOfPointer();
    await pointer.tap();
    await expect(current.getByRole("heading")).toHaveText("MFA 활성화 선택");
    await expect(pointer).toHaveAccessibleName("MFA 활성화");
    await clearOfPointer();
    await pointer.tap();

    const manage = page.getByRole("dialog", { name: "MFA 디바이스 관리" });
    await expect(manage.getByRole("complementary", { name: "가상 MFA 디바이스 활성화" })).toBeVisible();
    await expect(pointer).toHaveAccessibleName("계속");
    await clearOfPointer();
    // Unfolded, it still keeps clear of 계속: it moves, or folds again.
    await panel.getByRole("button", { name: "자습서 펼치기" }).tap();
    await clearOfPointer();
    await pointer.tap();
    await expect(pointer).toHaveAccessibleName("QR 코드 표시");
    await clearOfPointer();

    // The practice authenticator's tab: a neutral note, not the console's step, and hiding it ends nothing.
    const authenticator = await page.context().newPage();
    await authenticator.goto("/authenticator");
    const note = authenticator.getByRole("complementary", { name: "가상 MFA 디바이스 활성화" });
    await expect(note).toContainText("안내 자습서는 콘솔 탭에서 계속됩니다.");
    await expect(note).not.toContainText("단계");
    await note.getByRole("button", { name: "숨기기" }).tap();
    await expect(note).toHaveCount(0);
    await authenticator.close();
    await expect(current.getByRole("heading")).toHaveText("QR 코드 표시 선택");

    await panel.getByRole("button", { name: "자습서 닫기" }).tap();
    await expect(panel).toHaveCount(0);
  });
});
