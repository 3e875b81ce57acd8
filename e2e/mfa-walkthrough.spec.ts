import type { Page } from "@playwright/test";
import { signInAsRoot } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { consecutiveCodes, decodeQrDataUrl, totpCode } from "./support/totp";

const EN = {
  securityCredentials: "Security credentials",
  mfaSection: "Multi-factor authentication (MFA)",
  activate: "Activate MFA",
  manageTitle: "Manage MFA device",
  virtual: /Virtual MFA device/,
  continue: "Continue",
  setupTitle: "Set up virtual MFA device",
  showQr: "Show QR code",
  qrAlt: "QR code for the virtual MFA device",
  showSecret: "Show secret key",
  secretKey: "Secret key",
  code1: "MFA code 1",
  code2: "MFA code 2",
  assign: "Assign MFA",
  success: "You have successfully assigned virtual MFA",
  successBody: "This virtual MFA will be required during sign-in.",
  invalid: "Authentication code for device is not valid.",
  close: "Close",
  menu: "Menu",
  myCredentials: "My Security Credentials",
  continueToCredentials: "Continue to Security Credentials",
  localTime: /\d{1,2}:\d{2}:\d{2}\s(AM|PM) \(UTC-0[45]:00\)/,
};

const KO: typeof EN = {
  securityCredentials: "보안 자격 증명",
  mfaSection: "멀티 팩터 인증(MFA)",
  activate: "MFA 활성화",
  manageTitle: "MFA 디바이스 관리",
  virtual: /가상 MFA 디바이스/,
  continue: "계속",
  setupTitle: "가상 MFA 디바이스 설정",
  showQr: "QR 코드 표시",
  qrAlt: "가상 MFA 디바이스의 QR 코드",
  showSecret: "비밀 키 표시",
  secretKey: "비밀 키",
  code1: "MFA 코드 1",
  code2: "MFA 코드 2",
  assign: "MFA 할당",
  success: "가상 MFA를 할당했습니다",
  successBody: "로그인할 때 이 가상 MFA가 필요합니다.",
  invalid: "디바이스의 인증 코드가 유효하지 않습니다.",
  close: "닫기",
  menu: "메뉴",
  myCredentials: "내 보안 자격 증명",
  continueToCredentials: "보안 자격 증명으로 계속",
  localTime: /오[전후] \d{1,2}:\d{2}:\d{2} \(UTC\+09:00\)/,
};


/** Steps 1 to 6 of the tutorial: up to the open "Set up virtual MFA device" dialog; returns the shown seed. */
async function openSetup(page: Page, t: typeof EN, shots?: string, { fromAccountMenu = false } = {}): Promise<string> {
  if (fromAccountMenu) {
    // The seed's way: the account name, My Security Credentials, and AWS's prompt on the way.
    await page.getByRole("button", { name: /Account menu|계정 메뉴/ }).click();
    await page.getByTestId("account-menu").getByRole("link", { name: t.myCredentials }).click();
    await page.getByRole("dialog").getByRole("button", { name: t.continueToCredentials }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
  } else {
    // Below a tablet's width the navigation is folded behind the menu button.
    const menu = page.getByRole("button", { name: t.menu, exact: true });
    if (await menu.isVisible()) await menu.click();
    await page.getByRole("navigation", { name: /IAM/ }).getByRole("link", { name: t.securityCredentials }).click();
  }
  await page.getByRole("button", { name: t.mfaSection }).click();
  if (shots) await page.screenshot({ path: `${shots}-1-security-credentials.png` });
  await page.getByRole("button", { name: t.activate }).click();
  const manage = page.getByRole("dialog", { name: t.manageTitle });
  await manage.getByRole("radio", { name: t.virtual }).check();
  if (shots) await page.screenshot({ path: `${shots}-2-manage-mfa-device.png` });
  await manage.getByRole("button", { name: t.continue }).click();
  const setup = page.getByRole("dialog", { name: t.setupTitle });
  await setup.getByRole("button", { name: t.showQr }).click();
  await expect(setup.getByRole("img", { name: t.qrAlt })).toBeVisible();
  await setup.getByRole("button", { name: t.showSecret }).click();
  if (shots) await page.screenshot({ path: `${shots}-3-set-up-virtual-mfa-device.png` });
  return (await setup.getByLabel(t.secretKey).textContent())!.replace(/\s+/g, "");
}

// English on a desktop in New York; Korean on a phone (touch) in Seoul, as the learners of the seed do.
for (const [language, t, device] of [
  ["English", EN, { viewport: { width: 1280, height: 800 }, locale: "en-US", timezoneId: "America/New_York" }],
  ["Korean", KO, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: "ko-KR", timezoneId: "Asia/Seoul" }],
] as const) {
  test.describe(`${device.viewport.width}×${device.viewport.height}`, () => {
    test.use(device);
    test(`the tutorial in ${language}, click for click, as the root user`, async ({ page, account }) => {
      if (t === KO) {
        // The browser asks for Korean (ko-KR): the console answers in it.
        await page.goto("/signin");
        await expect(page.getByRole("heading", { name: "로그인" })).toBeVisible();
      }
      await signInAsRootIn(page, t, account.email, account.password);
      const shots = `test-results/screenshots/tutorial-${t === KO ? "ko" : "en"}`;
      // The top bar names the account as AWS's did: by the name it was created with.
      await expect(page.getByRole("button", { name: /^(Account menu|계정 메뉴): Playwright sandbox$/ })).toBeVisible();
      const seed = await openSetup(page, t, shots, { fromAccountMenu: t === EN });
      expect(seed).toMatch(/^[A-Z2-7]{64}$/);
      await expectAccessible(page, "Set up virtual MFA device, QR code and secret key shown");

      const setup = page.getByRole("dialog", { name: t.setupTitle });
      const qr = decodeQrDataUrl((await setup.getByRole("img", { name: t.qrAlt }).getAttribute("src"))!);
      expect(qr).toBe(
        `otpauth://totp/Amazon%20Web%20Services:root-account-mfa-device%40${account.accountId}?secret=${seed}&issuer=Amazon%20Web%20Services`,
      );

      const { code1, code2 } = await consecutiveCodes(seed);
      await setup.getByLabel(t.code1).fill(code1);
      await setup.getByLabel(t.code2).fill(code2);
      await page.screenshot({ path: `${shots}-4-two-codes.png` });
      await setup.getByRole("button", { name: t.assign }).click();

      const done = page.getByRole("dialog", { name: t.setupTitle });
      await expect(done.getByText(t.success)).toBeVisible();
      await expect(done.getByText(t.successBody)).toBeVisible();
      await page.screenshot({ path: `${shots}-5-assigned.png` });
      await expectAccessible(page, "the assigned dialog");
      await done.getByRole("button", { name: t.close, exact: true }).last().click();

      await expect(page.getByRole("dialog")).toHaveCount(0);
      await expect(page.getByText(`arn:aws:iam::${account.accountId}:mfa/root-account-mfa-device`)).toBeVisible();
      await expect(page.getByRole("button", { name: t.activate })).toHaveCount(0);
      // When it was assigned, in the learner's zone and language.
      await expect(page.getByRole("row", { name: /root-account-mfa-device/ })).toContainText(t.localTime);
      await expectAccessible(page, "security credentials with the device");
    });
  });
}

async function signInAsRootIn(page: Page, t: typeof EN, email: string, password: string) {
  if (t === EN) return signInAsRoot(page, email, password);
  await page.getByRole("radio", { name: /루트 사용자/ }).check();
  await page.getByLabel("루트 사용자 이메일 주소").fill(email);
  await page.getByRole("button", { name: "다음" }).click();
  await page.getByLabel("암호").fill(password);
  await page.getByRole("button", { name: "로그인", exact: true }).click();
  await expect(page.getByRole("heading", { name: "IAM 대시보드" })).toBeVisible();
}

test.describe("wizard errors and recovery", () => {
  test("wrong, identical and malformed codes keep the dialog and the fields, and assign nothing", async ({ rootPage: page }) => {
    const seed = await openSetup(page, EN);
    const setup = page.getByRole("dialog", { name: EN.setupTitle });
    const { code1, code2 } = await consecutiveCodes(seed);

    await setup.getByLabel(EN.code1).fill("12345");
    await setup.getByLabel(EN.code2).fill("abcdef");
    await setup.getByRole("button", { name: EN.assign }).click();
    await expect(setup.getByText("An MFA code is six digits.")).toHaveCount(2);

    await setup.getByLabel(EN.code1).fill(code2);
    await setup.getByLabel(EN.code2).fill(code2);
    await setup.getByRole("button", { name: EN.assign }).click();
    // Far above the button the learner pressed: brought into view, focused, and saying what went wrong.
    const identical = setup.getByRole("alert").filter({ hasText: EN.invalid });
    await expect(identical).toContainText("The two codes must be different, consecutive codes");
    await expect(identical).toBeFocused();
    await expect(identical).toBeInViewport({ ratio: 1 });
    await expect(setup.getByLabel(EN.code1)).toHaveValue(code2);

    await setup.getByLabel(EN.code1).fill(code2);
    await setup.getByLabel(EN.code2).fill(code1);
    await setup.getByRole("button", { name: EN.assign }).click();
    await expect(setup.getByRole("alert").filter({ hasText: EN.invalid })).toBeVisible();
    await expect(setup.getByLabel(EN.code2)).toHaveValue(code1);

    await setup.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("button", { name: EN.activate })).toBeVisible();
  });

  test("cancel, Escape and Previous work, and reopening gives a new secret that works", async ({ rootPage: page }) => {
    const first = await openSetup(page, EN);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);

    await page.getByRole("button", { name: EN.activate }).click();
    const manage = page.getByRole("dialog", { name: EN.manageTitle });
    await manage.getByRole("radio", { name: /U2F security key/ }).check();
    await expect(manage.getByText("This lab offers only the virtual MFA device.", { exact: false })).toBeVisible();
    await expect(manage.getByRole("button", { name: EN.continue })).toBeDisabled();
    await manage.getByRole("radio", { name: EN.virtual }).check();
    await manage.getByRole("button", { name: EN.continue }).click();
    const setup = page.getByRole("dialog", { name: EN.setupTitle });
    await setup.getByRole("button", { name: "Previous" }).click();
    await expect(page.getByRole("dialog", { name: EN.manageTitle })).toBeVisible();
    await page.getByRole("dialog", { name: EN.manageTitle }).getByRole("button", { name: EN.continue }).click();
    await setup.getByRole("button", { name: EN.showSecret }).click();
    const second = (await setup.getByLabel(EN.secretKey).textContent())!.replace(/\s+/g, "");
    expect(second).not.toBe(first);

    // The first secret's device was replaced: its codes no longer assign anything.
    const stale = await consecutiveCodes(first);
    await setup.getByLabel(EN.code1).fill(stale.code1);
    await setup.getByLabel(EN.code2).fill(stale.code2);
    await setup.getByRole("button", { name: EN.assign }).click();
    await expect(setup.getByRole("alert").filter({ hasText: EN.invalid })).toBeVisible();

    const fresh = await consecutiveCodes(second);
    await setup.getByLabel(EN.code1).fill(fresh.code1);
    await setup.getByLabel(EN.code2).fill(fresh.code2);
    await setup.getByRole("button", { name: EN.assign }).click();
    await expect(page.getByText(EN.success)).toBeVisible();
  });

  test("a double click on Assign MFA assigns once; resync, then remove and assign again", async ({ rootPage: page, account }) => {
    const seed = await openSetup(page, EN);
    const setup = page.getByRole("dialog", { name: EN.setupTitle });
    const { code1, code2 } = await consecutiveCodes(seed);
    await setup.getByLabel(EN.code1).fill(code1);
    await setup.getByLabel(EN.code2).fill(code2);
    await setup.getByRole("button", { name: EN.assign }).dblclick();
    await expect(page.getByText(EN.success)).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: /already in use/ })).toHaveCount(0);
    await page.getByRole("dialog").getByRole("button", { name: EN.close, exact: true }).last().click();
    const serial = `arn:aws:iam::${account.accountId}:mfa/root-account-mfa-device`;
    await expect(page.getByRole("row", { name: new RegExp(serial) })).toHaveCount(1);

    // The codes just used are spent; the next step's pair resyncs.
    await page.getByRole("button", { name: "Resync" }).click();
    const resync = page.getByRole("dialog", { name: "Resync MFA device" });
    await resync.getByLabel(EN.code1).fill(code1);
    await resync.getByLabel(EN.code2).fill(code2);
    await resync.getByRole("button", { name: "Resync" }).click();
    await expect(resync.getByRole("alert").filter({ hasText: EN.invalid })).toBeVisible();
    await resync.getByLabel(EN.code1).fill(totpCode(seed, 1));
    await resync.getByLabel(EN.code2).fill(totpCode(seed, 2));
    await resync.getByRole("button", { name: "Resync" }).click();
    await expect(resync.getByText("The MFA device was resynchronized.")).toBeVisible();
    await resync.getByRole("button", { name: EN.close, exact: true }).last().click();

    await page.getByRole("button", { name: "Deactivate" }).click();
    await page.getByRole("dialog", { name: "Deactivate MFA device" }).getByRole("button", { name: "Deactivate" }).click();
    await expect(page.getByText(serial)).toHaveCount(0);
    await expect(page.getByRole("button", { name: EN.activate })).toBeVisible();

    const again = await openSetupFromSection(page);
    const codes = await consecutiveCodes(again);
    const dialog = page.getByRole("dialog", { name: EN.setupTitle });
    await dialog.getByLabel(EN.code1).fill(codes.code1);
    await dialog.getByLabel(EN.code2).fill(codes.code2);
    await dialog.getByRole("button", { name: EN.assign }).click();
    await expect(page.getByText(EN.success)).toBeVisible();
  });
});

/** Activate MFA from an already expanded MFA section. */
async function openSetupFromSection(page: Page): Promise<string> {
  await page.getByRole("button", { name: EN.activate }).click();
  await page.getByRole("dialog", { name: EN.manageTitle }).getByRole("button", { name: EN.continue }).click();
  const setup = page.getByRole("dialog", { name: EN.setupTitle });
  await setup.getByRole("button", { name: EN.showSecret }).click();
  return (await setup.getByLabel(EN.secretKey).textContent())!.replace(/\s+/g, "");
}
