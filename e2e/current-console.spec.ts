import { CreateVirtualMFADeviceCommand, EnableMFADeviceCommand } from "@aws-sdk/client-iam";
import type { Page } from "@playwright/test";
import { signInAsIamUser, signInAsRoot } from "./support/accounts";
import { iamClient } from "./support/api";
import { expect, test } from "./support/fixtures";
import {
  addAuthenticatorApp,
  assignAuthenticatorApp,
  assignPasskey,
  expectMfaDeviceAssigned,
  openAssignMfaDevice,
  practiceTokenCodePair,
  practiceTokens,
  selectMfaDevice,
  signOut,
  submitMfaCode,
} from "./support/mfa";
import { consecutiveCodes, decodeQrDataUrl, totpCode } from "./support/totp";
import { addVirtualAuthenticator, virtualCredentials } from "./support/webauthn";

// AWS's console since November 2022, in a sandbox made with consoleVersion "current": the MFA panel,
// "Assign MFA device" with a device name and three options, sign-in with any device.
test.use({ sandbox: { users: [{ userName: "mira", password: "Mira-Lab-2022!", administrator: true }], consoleVersion: "current" } });

const mfaPanel = (page: Page) => page.getByRole("region", { name: /^Multi-factor authentication \(MFA\)/ });

test.describe("the current console", () => {
  test("the menu says Security credentials and the MFA panel is AWS's current one", async ({ rootPage: page, account }) => {
    await page.getByRole("button", { name: /Account menu/ }).click();
    await page.getByTestId("account-menu").getByRole("link", { name: "Security credentials", exact: true }).click();
    const panel = mfaPanel(page);
    await expect(panel.getByRole("heading", { name: "Multi-factor authentication (MFA) (0)" })).toBeVisible();
    await expect(panel.getByText("Each user can have a maximum of 8 MFA devices assigned.")).toBeVisible();
    await expect(panel.getByText("No MFA devices. Assign an MFA device to improve the security of your AWS environment")).toBeVisible();
    for (const header of ["Type", "Identifier", "Certifications", "Created on"]) await expect(panel.getByRole("columnheader", { name: header })).toBeVisible();
    await expect(panel.getByRole("button", { name: "Remove" })).toBeDisabled();
    await expect(panel.getByRole("button", { name: "Resync" })).toBeDisabled();
    await expect(page.getByRole("button", { name: "Activate MFA" })).toHaveCount(0);

    // Authenticator app: the QR code read as a phone reads it, the device named as typed.
    const wizard = await openAssignMfaDevice(page, "my-phone", "Authenticator app");
    await wizard.getByRole("button", { name: "Show QR code" }).click();
    const uri = new URL(decodeQrDataUrl((await wizard.getByRole("img", { name: "QR code for the MFA device my-phone" }).getAttribute("src"))!)!);
    expect(decodeURIComponent(uri.pathname)).toBe(`/Amazon Web Services:my-phone@${account.accountId}`);
    const seed = uri.searchParams.get("secret")!;
    const { code1, code2 } = await consecutiveCodes(seed);
    await wizard.getByLabel("MFA code 1").fill(code1);
    await wizard.getByLabel("MFA code 2").fill(code2);
    await wizard.getByRole("button", { name: "Add MFA" }).click();
    await expectMfaDeviceAssigned(page);
    await expect(page.getByText("You can register up to 8 MFA devices of any combination")).toBeVisible();
    const row = panel.getByRole("row", { name: new RegExp(`arn:aws:iam::${account.accountId}:mfa/my-phone`) });
    await expect(row.getByRole("cell", { name: "Virtual" })).toBeVisible();
    await expect(panel.getByRole("heading", { name: "Multi-factor authentication (MFA) (1)" })).toBeVisible();

    await signOut(page);
    await signInAsRoot(page, account.email, account.password);
    await expect(page.getByText("Type a code from any of your authenticator apps or hardware TOTP tokens.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Use passkey or security key" })).toHaveCount(0);
    await submitMfaCode(page, totpCode(seed, 1));
    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
  });

  test("a passkey or security key, through Chromium's virtual authenticator, then sign-in with it", async ({ rootPage: page, account }) => {
    const authenticator = await addVirtualAuthenticator(page);
    await page.goto("/iam/security-credentials");
    await assignPasskey(page, "yubikey");
    const panel = mfaPanel(page);
    const row = panel.getByRole("row", { name: new RegExp(`arn:aws:iam::${account.accountId}:u2f/root/yubikey-[A-Z2-7]{26}`) });
    await expect(row.getByRole("cell", { name: "Security key" })).toBeVisible();
    await expect(row.getByRole("cell", { name: "-", exact: true })).toBeVisible();
    // Resync is for devices that make codes.
    await row.getByRole("radio").check();
    await expect(panel.getByRole("button", { name: "Resync" })).toBeDisabled();
    await expect(panel.getByRole("button", { name: "Remove" })).toBeEnabled();
    const [registered] = await virtualCredentials(authenticator);

    await signOut(page);
    await signInAsRoot(page, account.email, account.password);
    await expect(page.getByRole("heading", { name: "Multi-factor authentication" })).toBeVisible();
    await expect(page.getByLabel("MFA code")).toHaveCount(0);
    await page.getByRole("button", { name: "Use passkey or security key" }).click();
    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
    const [used] = await virtualCredentials(authenticator);
    expect(used.signCount).toBeGreaterThan(registered.signCount);
  });

  test("a practice hardware TOTP token, from the key fob's codes, then sign-in with it", async ({ rootPage: page, account }) => {
    const tokens = await practiceTokens(page);
    const { serials, codeOf } = tokens;
    expect(serials).toHaveLength(2);
    for (const serial of serials) expect(serial).toMatch(/^GAKT\d{8}$/);
    // The practice authenticator shows the same token as a key fob.
    await page.goto("/authenticator");
    await page.getByRole("button", { name: "Load my practice tokens" }).click();
    const fobCode = page.getByLabel(`Code of token ${serials[0]}`);
    await expect(fobCode).toHaveText(/^\d{6}$/);
    // Read at a step's edge, the display may still show the step before.
    expect([-1, 0, 1].map((offset) => codeOf(serials[0], offset))).toContain(await fobCode.textContent());

    await page.goto("/iam/security-credentials");
    const wizard = await openAssignMfaDevice(page, "key-fob", "Hardware TOTP token");
    await wizard.getByLabel("Serial number").fill(serials[0]);
    const { code1, code2 } = await practiceTokenCodePair(tokens, serials[0]);
    await wizard.getByLabel("MFA code 1").fill(code1);
    await wizard.getByLabel("MFA code 2").fill(code2);
    await wizard.getByRole("button", { name: "Add MFA" }).click();
    await expectMfaDeviceAssigned(page);
    await expect(mfaPanel(page).getByRole("row", { name: new RegExp(serials[0]) }).getByRole("cell", { name: "Hardware" })).toBeVisible();

    await signOut(page);
    await signInAsRoot(page, account.email, account.password);
    await submitMfaCode(page, codeOf(serials[0], 1));
    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
  });

  test("an IAM user with several devices signs in with any of them", async ({ userPage: page, account }) => {
    await addVirtualAuthenticator(page);
    await page.goto("/iam/security-credentials");
    const seed = await assignAuthenticatorApp(page, "mira-phone");
    await assignPasskey(page, "mira-key");
    await expect(mfaPanel(page).getByRole("heading", { name: "Multi-factor authentication (MFA) (2)" })).toBeVisible();

    await signOut(page);
    await signInAsIamUser(page, account.accountId, "mira", "Mira-Lab-2022!");
    await expect(page.getByText("or", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Use passkey or security key" }).click();
    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
    await signOut(page);
    await signInAsIamUser(page, account.accountId, "mira", "Mira-Lab-2022!");
    await submitMfaCode(page, totpCode(seed, 1));
    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
  });
});

test.describe("Remove and Resync, the current way: a radio, then the button", () => {
  test("resync an authenticator app, then remove it", async ({ rootPage: page }) => {
    await page.goto("/iam/security-credentials");
    const seed = await assignAuthenticatorApp(page, "drifting-phone");
    const panel = mfaPanel(page);
    await panel.getByRole("radio", { name: /drifting-phone/ }).check();
    await panel.getByRole("button", { name: "Resync" }).click();
    const resync = page.getByRole("dialog", { name: "Resync MFA device" });
    // A clock a minute fast: the two codes after the ones spent at assignment.
    await resync.getByLabel("MFA code 1").fill(totpCode(seed, 2));
    await resync.getByLabel("MFA code 2").fill(totpCode(seed, 3));
    await resync.getByRole("button", { name: "Resync" }).click();
    await expect(resync.getByText("The MFA device was resynchronized.")).toBeVisible();
    await resync.getByRole("button", { name: "Close", exact: true }).last().click();

    await panel.getByRole("radio", { name: /drifting-phone/ }).check();
    await panel.getByRole("button", { name: "Remove" }).click();
    const remove = page.getByRole("dialog", { name: "Remove MFA device?" });
    await remove.getByRole("button", { name: "Remove" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The MFA device was removed." })).toBeVisible();
    await expect(panel.getByRole("heading", { name: "Multi-factor authentication (MFA) (0)" })).toBeVisible();
  });

  test("an administrator assigns a user's devices from the user's page, and the users list names their kinds", async ({ rootPage: page, account }) => {
    await addVirtualAuthenticator(page);
    await page.goto("/iam/users/details/mira");
    await assignAuthenticatorApp(page, "mira-app");
    await assignPasskey(page, "mira-key");
    const panel = mfaPanel(page);
    await expect(panel.getByRole("rowheader", { name: `arn:aws:iam::${account.accountId}:mfa/mira-app` })).toBeVisible();
    await expect(panel.getByRole("rowheader", { name: new RegExp(`^arn:aws:iam::${account.accountId}:u2f/user/mira/mira-key-`) })).toBeVisible();
    await page.goto("/iam/users");
    await expect(page.getByRole("row", { name: /mira/ }).getByRole("cell", { name: "Virtual, Security key" })).toBeVisible();
  });
});

test.describe("eight devices, then the quota", () => {
  test.use({ sandbox: { users: [{ userName: "quota" }], accessKey: true, consoleVersion: "current" } });

  test("seven through the API and the eighth through the wizard; the ninth is refused in both", async ({ rootPage: page, account, baseURL }) => {
    const iam = iamClient(baseURL!, account.accessKey!);
    /** A virtual device for "quota" through the API (EnableMFADevice names its user); returns its serial number and seed. */
    const apiDevice = async (name: string) => {
      const { VirtualMFADevice } = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: name }));
      return { serialNumber: VirtualMFADevice!.SerialNumber!, seed: new TextDecoder().decode(VirtualMFADevice!.Base32StringSeed) };
    };
    const enable = async ({ serialNumber, seed }: { serialNumber: string; seed: string }) => {
      const { code1, code2 } = await consecutiveCodes(seed);
      return iam.send(new EnableMFADeviceCommand({ UserName: "quota", SerialNumber: serialNumber, AuthenticationCode1: code1, AuthenticationCode2: code2 }));
    };
    for (let i = 1; i <= 7; i++) await enable(await apiDevice(`api-${i}`));

    await page.goto("/iam/users/details/quota");
    await assignAuthenticatorApp(page, "eighth");
    await expect(mfaPanel(page).getByRole("heading", { name: "Multi-factor authentication (MFA) (8)" })).toBeVisible();
    await mfaPanel(page).getByRole("button", { name: "Assign MFA device" }).first().click();
    const wizard = page.getByRole("dialog", { name: "Assign MFA device" });
    await wizard.getByLabel("Device name").fill("ninth");
    await wizard.getByRole("radio", { name: /^Authenticator app/ }).check();
    await wizard.getByRole("button", { name: "Next" }).click();
    await expect(wizard.getByRole("alert").filter({ hasText: "The maximum of 8 MFA devices is assigned. Remove one before you assign another." })).toBeVisible();

    const refused = await enable(await apiDevice("api-9")).catch((error: { name: string; message: string }) => error);
    expect(refused).toMatchObject({ name: "LimitExceededException", message: "Cannot exceed quota for MFADevicesPerUser: 8" });
  });
});

test.describe("the 2024 rule: a root user without MFA is asked to register a device", () => {
  test.use({ sandbox: { users: [], consoleVersion: "current" } });

  test("the prompt at sign-in, its postponement, and a device registered from it", async ({ page, account }) => {
    await signInAsRoot(page, account.email, account.password);
    await expect(page).toHaveURL(/\/signin\/register-mfa$/);
    await expect(page.getByRole("heading", { name: "Register an MFA device for your root user" })).toBeVisible();
    await expect(page.getByText("You can postpone registering an MFA device for up to 35 days by skipping this prompt.")).toBeVisible();
    await expect(page.getByText(/You can skip this prompt until .* \(35 days left\)\./)).toBeVisible();
    await page.getByRole("button", { name: "Skip for now" }).click();
    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
    await page.goto("/iam/security-credentials");
    await expect(mfaPanel(page)).toBeVisible();

    // The next sign-in asks again; this time the root user registers an authenticator app.
    await signOut(page);
    await signInAsRoot(page, account.email, account.password);
    await expect(page).toHaveURL(/\/signin\/register-mfa$/);
    await page.getByRole("button", { name: "Assign MFA device" }).click();
    const seed = await addAuthenticatorApp(await selectMfaDevice(page, "root-phone", "Authenticator app"));
    // Back where AWS's console returns: Security credentials, with the banner.
    await expect(page).toHaveURL(/\/iam\/security-credentials/);
    await expect(page.getByRole("status").filter({ hasText: "MFA device assigned" })).toBeVisible();

    await signOut(page);
    await signInAsRoot(page, account.email, account.password);
    await submitMfaCode(page, totpCode(seed, 1));
    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
  });

  test("an IP address cannot be a relying party: the wizard says so", async ({ page, account, baseURL }) => {
    const byIp = new URL(baseURL!);
    byIp.hostname = "127.0.0.1";
    await page.goto(new URL("/signin", byIp).toString());
    await page.getByRole("radio", { name: /Root user/ }).check();
    await page.getByLabel("Root user email address").fill(account.email);
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("button", { name: "Assign MFA device" }).click();
    const wizard = await selectMfaDevice(page, "key", "Passkey or security key");
    await expect(wizard.getByRole("alert")).toContainText("a relying party ID cannot be an IP address");
    await expect(wizard.getByRole("button", { name: "Add MFA" })).toBeDisabled();
  });
});

test.describe("the current console in Korean", () => {
  test.use({ locale: "ko-KR" });

  test("MFA 디바이스 할당: 디바이스 이름, 인증 관리자 앱, 다음, MFA 추가", async ({ rootPage: page, account }) => {
    await page.getByRole("button", { name: /계정 메뉴/ }).click();
    await page.getByTestId("account-menu").getByRole("link", { name: "보안 자격 증명", exact: true }).click();
    const panel = page.getByRole("region", { name: /^멀티 팩터 인증\(MFA\)/ });
    await expect(panel.getByRole("heading", { name: "멀티 팩터 인증(MFA) (0)" })).toBeVisible();
    await panel.getByRole("button", { name: "MFA 디바이스 할당" }).first().click();
    const wizard = page.getByRole("dialog", { name: "MFA 디바이스 할당" });
    await expect(wizard.getByRole("heading", { name: "MFA 디바이스 선택" })).toBeVisible();
    await wizard.getByLabel("디바이스 이름").fill("my-phone");
    await wizard.getByRole("radio", { name: /^인증 관리자 앱/ }).check();
    await wizard.getByRole("button", { name: "다음" }).click();
    await expect(wizard.getByRole("heading", { name: "디바이스 설정" })).toBeVisible();
    await wizard.getByRole("button", { name: "비밀 키 표시" }).click();
    const seed = (await wizard.getByLabel("비밀 키").textContent())!.replace(/\s+/g, "");
    const { code1, code2 } = await consecutiveCodes(seed);
    await wizard.getByLabel("MFA 코드 1").fill(code1);
    await wizard.getByLabel("MFA 코드 2").fill(code2);
    await wizard.getByRole("button", { name: "MFA 추가" }).click();
    await expect(page.getByRole("status").filter({ hasText: "MFA 디바이스가 할당됨" })).toBeVisible();
    await expect(panel.getByRole("row", { name: new RegExp(`arn:aws:iam::${account.accountId}:mfa/my-phone`) }).getByRole("cell", { name: "가상" })).toBeVisible();
  });

  test("the Korean sign-in offers the passkey beside the code", async ({ rootPage: page, account }) => {
    await addVirtualAuthenticator(page);
    await page.goto("/iam/security-credentials");
    const panel = page.getByRole("region", { name: /^멀티 팩터 인증\(MFA\)/ });
    await panel.getByRole("button", { name: "MFA 디바이스 할당" }).first().click();
    const wizard = page.getByRole("dialog", { name: "MFA 디바이스 할당" });
    await wizard.getByLabel("디바이스 이름").fill("key");
    await wizard.getByRole("radio", { name: /^패스키 또는 보안 키/ }).check();
    await wizard.getByRole("button", { name: "다음" }).click();
    await wizard.getByRole("button", { name: "MFA 추가" }).click();
    await expect(page.getByRole("status").filter({ hasText: "MFA 디바이스가 할당됨" })).toBeVisible();
    await page.context().clearCookies();
    await page.goto("/signin");
    await page.getByRole("radio", { name: /루트 사용자/ }).check();
    await page.getByLabel("루트 사용자 이메일 주소").fill(account.email);
    await page.getByRole("button", { name: "다음" }).click();
    await page.getByLabel("암호").fill(account.password);
    await page.getByRole("button", { name: "로그인", exact: true }).click();
    await page.getByRole("button", { name: "패스키 또는 보안 키 사용" }).click();
    await expect(page.getByRole("heading", { name: "IAM 대시보드" })).toBeVisible();
  });
});

test.describe("switching the console version", () => {
  test.use({ sandbox: { users: [] } });

  test("a new sandbox shows the 2021 console; the root user switches to the current one and back in Account settings", async ({ rootPage: page }) => {
    await page.goto("/iam/security-credentials");
    await page.getByRole("button", { name: "Multi-factor authentication (MFA)" }).click();
    await expect(page.getByRole("button", { name: "Activate MFA" })).toBeVisible();

    await page.goto("/iam/account-settings");
    const setting = page.getByRole("region", { name: "Console version" });
    await setting.getByRole("radio", { name: /^Current console/ }).check();
    await setting.getByRole("button", { name: "Save console version" }).click();
    await expect(setting.getByText("This account now shows the Current console.")).toBeVisible();
    await page.goto("/iam/security-credentials");
    await expect(mfaPanel(page).getByRole("button", { name: "Assign MFA device" }).first()).toBeVisible();
    await page.getByRole("button", { name: /Account menu/ }).click();
    await expect(page.getByTestId("account-menu").getByRole("link", { name: "Security credentials", exact: true })).toBeVisible();

    await page.goto("/iam/account-settings");
    await setting.getByRole("radio", { name: /^2021 console/ }).check();
    await setting.getByRole("button", { name: "Save console version" }).click();
    await expect(setting.getByText("This account now shows the 2021 console.")).toBeVisible();
    await page.getByRole("button", { name: /Account menu/ }).click();
    await expect(page.getByTestId("account-menu").getByRole("link", { name: "My Security Credentials" })).toBeVisible();
  });
});
