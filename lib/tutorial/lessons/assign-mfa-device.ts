import type { Lesson } from "../lesson";

const SIX_DIGITS = "^\\s*\\d{6}\\s*$";
const selecting = { visible: "select-mfa-device" } as const;
const settingUp = { visible: "set-up-device" } as const;

/**
 * The current console's flow (AWS's since November 2022), as today's tutorials show it: Security
 * credentials, Assign MFA device, a device name, Authenticator app, Next, the QR code or secret key, two
 * codes, Add MFA, then a sign-in with a code.
 */
export const assignMfaDevice: Lesson = {
  id: "assign-mfa-device",
  consoleVersion: "current",
  title: { en: "Assign an MFA device", ko: "MFA 디바이스 할당" },
  summary: {
    en: "Today's console: name a device, add an authenticator app (or the practice authenticator), then sign in with a code. About 5 minutes.",
    ko: "현재 콘솔: 디바이스 이름을 정하고 인증 관리자 앱(또는 연습용 인증 앱)을 추가한 다음 코드로 로그인합니다. 약 5분이 걸립니다.",
  },
  steps: [
    {
      id: "security-credentials",
      target: "nav-security-credentials",
      at: { all: [] },
      text: {
        en: { title: "Open Security credentials", body: "In the IAM navigation (or the account menu at the top right), choose Security credentials." },
        ko: { title: "보안 자격 증명 열기", body: "IAM 탐색 창(또는 오른쪽 위의 계정 메뉴)에서 보안 자격 증명을 선택합니다." },
      },
    },
    {
      id: "root-prompt",
      target: "assign-mfa-device",
      at: { path: "/signin/register-mfa" },
      text: {
        en: {
          title: "AWS asks the root user for MFA",
          body: "Since May 2024 a root user without MFA is asked to register a device at sign-in. Choose Assign MFA device here: the same wizard follows.",
        },
        ko: {
          title: "AWS가 루트 사용자에게 MFA를 요청합니다",
          body: "2024년 5월부터 MFA가 없는 루트 사용자는 로그인할 때 디바이스 등록을 요청받습니다. 여기에서 MFA 디바이스 할당을 선택하면 같은 마법사가 이어집니다.",
        },
      },
    },
    {
      id: "assign-mfa-device",
      target: "assign-mfa-device",
      at: { path: "/iam/security-credentials" },
      text: {
        en: { title: "Choose Assign MFA device", body: "The Multi-factor authentication (MFA) panel lists your devices, up to 8. Assign MFA device starts the wizard." },
        ko: { title: "MFA 디바이스 할당 선택", body: "멀티 팩터 인증(MFA) 패널에 디바이스가 최대 8개까지 표시됩니다. MFA 디바이스 할당을 선택하면 마법사가 시작됩니다." },
      },
    },
    {
      id: "device-name",
      target: "device-name",
      at: selecting,
      text: {
        en: { title: "Name the device", body: "Type a Device name you will recognise, such as my-phone. It becomes part of the device's ARN." },
        ko: { title: "디바이스 이름 입력", body: "my-phone처럼 알아볼 수 있는 디바이스 이름을 입력합니다. 이 이름은 디바이스 ARN의 일부가 됩니다." },
      },
    },
    {
      id: "authenticator-app",
      target: "option-authenticator-app",
      at: { all: [selecting, { filled: "device-name", pattern: "^[\\w+=,.@-]+$" }] },
      text: {
        en: {
          title: "Choose Authenticator app, then Next",
          body: "An authenticator app on your phone, or the practice authenticator, makes the codes. Select it under Device options and choose Next.",
        },
        ko: {
          title: "인증 관리자 앱을 선택하고 다음",
          body: "휴대폰의 인증 관리자 앱이나 연습용 인증 앱이 코드를 만듭니다. 디바이스 옵션에서 선택하고 다음을 선택합니다.",
        },
      },
    },
    {
      id: "show-qr-code",
      target: "show-qr-code",
      at: settingUp,
      text: {
        en: { title: "Choose Show QR code", body: "The QR code carries the device's secret key: show it only to your app. No phone? Add it to the practice authenticator by its secret key." },
        ko: { title: "QR 코드 표시 선택", body: "QR 코드에는 디바이스의 비밀 키가 들어 있으니 앱에만 보여 주십시오. 휴대폰이 없으면 비밀 키로 연습용 인증 앱에 추가합니다." },
      },
    },
    {
      id: "two-codes",
      target: "mfa-code-1",
      at: { all: [settingUp, { any: [{ visible: "qr-code" }, { visible: "secret-key" }] }] },
      text: {
        en: { title: "Type two consecutive codes", body: "Type the code your app shows in MFA code 1, wait for the next one and type it in MFA code 2." },
        ko: { title: "연속된 코드 두 개 입력", body: "앱에 표시된 코드를 MFA 코드 1에 입력하고, 다음 코드가 나타나면 MFA 코드 2에 입력합니다." },
      },
    },
    {
      id: "add-mfa",
      target: "add-mfa",
      at: { all: [settingUp, { filled: "mfa-code-1", pattern: SIX_DIGITS }, { filled: "mfa-code-2", pattern: SIX_DIGITS }] },
      text: {
        en: { title: "Choose Add MFA", body: "Two consecutive codes prove that your app and the lab share the secret and agree on the time." },
        ko: { title: "MFA 추가 선택", body: "연속된 코드 두 개로 앱과 실습 환경이 같은 비밀 키를 갖고 있고 시간이 맞는지 확인합니다." },
      },
    },
    {
      id: "assigned",
      target: "account-menu",
      at: { visible: "mfa-device-assigned" },
      marks: "assigned",
      text: {
        en: {
          title: "MFA device assigned: sign in with it",
          body: "The device is in the panel. To try it, open the account menu at the top right, choose Sign Out, and sign in again with the same password.",
        },
        ko: {
          title: "MFA 디바이스 할당됨: 이 디바이스로 로그인",
          body: "디바이스가 패널에 표시됩니다. 사용해 보려면 오른쪽 위의 계정 메뉴에서 로그아웃을 선택하고 같은 암호로 다시 로그인합니다.",
        },
      },
    },
    {
      id: "mfa-code",
      target: "mfa-code",
      at: { all: [{ milestone: "assigned" }, { path: "/signin/mfa" }] },
      marks: "challenged",
      text: {
        en: { title: "Type the code from your app", body: "After the password, the console asks for a code from any of your devices. Each code works once." },
        ko: { title: "앱의 코드 입력", body: "암호 다음에 콘솔이 디바이스 중 하나의 코드를 요청합니다. 각 코드는 한 번만 사용할 수 있습니다." },
      },
    },
    {
      id: "done",
      at: { all: [{ milestone: "challenged" }, { path: "/iam" }] },
      text: {
        en: { title: "Done: you signed in with MFA", body: "Add a second device the same way: with several, any one of them signs you in." },
        ko: { title: "완료: MFA로 로그인했습니다", body: "같은 방법으로 두 번째 디바이스를 추가할 수 있습니다. 디바이스가 여러 개이면 그중 하나로 로그인할 수 있습니다." },
      },
    },
  ],
};
