import type { Lesson } from "../lesson";

const SIX_DIGITS = "^\\s*\\d{6}\\s*$";
const onSetUp = { visible: "set-up-virtual-mfa" } as const;

/** The tutorial this lab reproduces (shared/seed): a virtual MFA device for the root user, then a sign-in with it. */
export const enableVirtualMfa: Lesson = {
  id: "enable-virtual-mfa",
  consoleVersion: "2021",
  title: { en: "Enable a virtual MFA device", ko: "가상 MFA 디바이스 활성화" },
  summary: {
    en: "Protect your sign-in with an authenticator app, then sign in with a code. About 5 minutes.",
    ko: "인증 앱으로 로그인을 보호한 다음 코드로 로그인합니다. 약 5분이 걸립니다.",
  },
  steps: [
    {
      id: "security-credentials",
      target: "nav-security-credentials",
      at: { all: [] },
      text: {
        en: { title: "Open Security credentials", body: "In the IAM navigation, choose Security credentials. Your password, MFA device and access keys live there." },
        ko: { title: "보안 자격 증명 열기", body: "IAM 탐색 창에서 보안 자격 증명을 선택합니다. 암호, MFA 디바이스, 액세스 키가 여기에 있습니다." },
      },
    },
    {
      id: "mfa-section",
      target: "mfa-section",
      at: { path: "/iam/security-credentials" },
      text: {
        en: { title: "Open Multi-factor authentication (MFA)", body: "Expand the Multi-factor authentication (MFA) section to see the devices assigned to you." },
        ko: { title: "멀티 팩터 인증(MFA) 펼치기", body: "멀티 팩터 인증(MFA) 섹션을 펼쳐 할당된 디바이스를 확인합니다." },
      },
    },
    {
      id: "activate-mfa",
      target: "activate-mfa",
      at: { visible: "activate-mfa" },
      text: {
        en: { title: "Choose Activate MFA", body: "No device is assigned yet. Activate MFA (on an IAM user's own page, Assign MFA device) starts the wizard." },
        ko: { title: "MFA 활성화 선택", body: "아직 할당된 디바이스가 없습니다. MFA 활성화(IAM 사용자 본인의 페이지에서는 MFA 디바이스 할당)를 선택하면 마법사가 시작됩니다." },
      },
    },
    {
      id: "virtual-device",
      target: "continue",
      at: { visible: "manage-mfa-device" },
      text: {
        en: { title: "Choose Virtual MFA device, then Continue", body: "A virtual MFA device is an app on your phone (or the practice authenticator). Keep it selected and choose Continue." },
        ko: { title: "가상 MFA 디바이스를 선택하고 계속", body: "가상 MFA 디바이스는 휴대폰의 앱(또는 연습용 인증 앱)입니다. 선택된 상태로 두고 계속을 선택합니다." },
      },
    },
    {
      id: "show-qr-code",
      target: "show-qr-code",
      at: onSetUp,
      text: {
        en: { title: "Choose Show QR code", body: "The QR code carries the device's secret key. Anyone who sees it can make your codes, so show it only to your app." },
        ko: { title: "QR 코드 표시 선택", body: "QR 코드에는 디바이스의 비밀 키가 들어 있습니다. 이 코드를 본 사람은 누구나 코드를 만들 수 있으니 앱에만 보여 주십시오." },
      },
    },
    {
      id: "two-codes",
      target: "mfa-code-1",
      at: { all: [onSetUp, { any: [{ visible: "qr-code" }, { visible: "secret-key" }] }] },
      text: {
        en: {
          title: "Scan it, then type two codes",
          body: "Scan the QR code with your app. Type the code it shows in MFA code 1, wait for the next one (codes change every 30 seconds) and type it in MFA code 2.",
        },
        ko: {
          title: "스캔한 다음 코드 두 개 입력",
          body: "앱으로 QR 코드를 스캔합니다. 앱에 표시된 코드를 MFA 코드 1에 입력하고, 다음 코드가 나타나면(30초마다 바뀜) MFA 코드 2에 입력합니다.",
        },
      },
    },
    {
      id: "assign-mfa",
      target: "assign-mfa",
      at: { all: [onSetUp, { filled: "mfa-code-1", pattern: SIX_DIGITS }, { filled: "mfa-code-2", pattern: SIX_DIGITS }] },
      text: {
        en: { title: "Choose Assign MFA", body: "Two consecutive codes prove that your app and the lab share the secret and agree on the time." },
        ko: { title: "MFA 할당 선택", body: "연속된 코드 두 개로 앱과 실습 환경이 같은 비밀 키를 갖고 있고 시간이 맞는지 확인합니다." },
      },
    },
    {
      id: "check-app",
      target: "mfa-assigned",
      at: { visible: "mfa-assigned" },
      marks: "assigned",
      text: {
        en: { title: "Check your app", body: "The device is assigned. Your app now lists Amazon Web Services with this account: that entry makes your sign-in codes. Close the dialog." },
        ko: { title: "앱 확인", body: "디바이스가 할당되었습니다. 이제 앱에 이 계정의 Amazon Web Services 항목이 보이며, 이 항목이 로그인 코드를 만듭니다. 대화 상자를 닫습니다." },
      },
    },
    {
      id: "sign-in-again",
      target: ["account-menu", "sign-in"],
      at: { all: [{ milestone: "assigned" }, { not: { visible: "mfa-assigned" } }] },
      text: {
        en: { title: "Sign out, then sign in again", body: "Open the account menu at the top right and choose Sign Out. Then sign in again as you did before." },
        ko: { title: "로그아웃한 다음 다시 로그인", body: "오른쪽 위의 계정 메뉴를 열고 로그아웃을 선택합니다. 그런 다음 이전과 같이 다시 로그인합니다." },
      },
    },
    {
      id: "mfa-code",
      target: "mfa-code",
      at: { all: [{ milestone: "assigned" }, { path: "/signin/mfa" }] },
      marks: "challenged",
      text: {
        en: { title: "Type the code from your app", body: "After the password, the console asks for the code your app shows now. Each code works once." },
        ko: { title: "앱의 코드 입력", body: "암호 다음에 콘솔이 앱에 지금 표시된 코드를 요청합니다. 각 코드는 한 번만 사용할 수 있습니다." },
      },
    },
    {
      id: "done",
      at: { all: [{ milestone: "challenged" }, { path: "/iam" }] },
      text: {
        en: { title: "Done: you signed in with MFA", body: "Your sign-in is protected by MFA. The account menu says you signed in with MFA." },
        ko: { title: "완료: MFA로 로그인했습니다", body: "이제 로그인이 MFA로 보호됩니다. 계정 메뉴에 MFA로 로그인했다고 표시됩니다." },
      },
    },
  ],
};
