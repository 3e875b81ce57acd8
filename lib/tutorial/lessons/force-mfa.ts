import type { Lesson } from "../lesson";

const SIX_DIGITS = "^\\s*\\d{6}\\s*$";
const setUp = { visible: "set-up-virtual-mfa" } as const;
/** Reached once the account requires MFA: the administrator's half of the lesson has begun. */
const required = { milestone: "required" } as const;

/**
 * AWS's IAM tutorial "Enable your users to configure their own credentials and MFA settings", in the
 * 2021 console: the account's Force_MFA policy (AWS's example that denies everything but setting up MFA
 * while aws:MultiFactorAuthPresent is absent) on a user who also has IAMReadOnlyAccess; the user signs
 * in, is denied the Users list with AWS's message, sets up a virtual MFA device (which the policy
 * allows), signs in again with a code and reads the list. "Require MFA for API calls" is where the lab
 * keeps Force_MFA, so the lesson starts there; the CLI half (GetSessionToken with a code) is
 * docs/force-mfa-cli.md, which the last step names.
 */
export const forceMfa: Lesson = {
  id: "force-mfa",
  consoleVersion: "2021",
  title: { en: "Force MFA with a policy", ko: "정책으로 MFA 강제 적용" },
  summary: {
    en: "Give a new user AWS's Force_MFA policy and IAMReadOnlyAccess, sign in as them, see everything but MFA set-up denied, assign a device, and see the rights come back. About 10 minutes.",
    ko: "새 사용자에게 AWS의 Force_MFA 정책과 IAMReadOnlyAccess를 연결하고, 그 사용자로 로그인해 MFA 설정 외에는 모두 거부되는 것을 확인한 다음, 디바이스를 할당해 권한이 돌아오는 것을 봅니다. 약 10분이 걸립니다.",
  },
  steps: [
    {
      id: "require-mfa",
      target: ["require-mfa-api", "nav-account-settings"],
      at: { all: [] },
      text: {
        en: {
          title: "Turn on Require MFA for API calls",
          body: "As the root user (or an administrator), open Account settings and select Require MFA for API calls. The lab stores AWS's example policy as the customer managed policy Force_MFA and attaches it to every IAM user, and to each new one.",
        },
        ko: {
          title: "API 호출에 MFA 필요 켜기",
          body: "루트 사용자(또는 관리자)로 계정 설정을 열고 API 호출에 MFA 필요를 선택합니다. 실습 환경이 AWS의 예제 정책을 고객 관리형 정책 Force_MFA로 저장하고 모든 IAM 사용자와 새로 만드는 사용자에게 연결합니다.",
        },
      },
    },
    {
      id: "users",
      target: "nav-users",
      at: { visible: "require-mfa-on" },
      marks: "required",
      text: {
        en: {
          title: "Force_MFA is in place: open Users",
          body: "Force_MFA denies every action but the ones that set up the user's own MFA, unless the request was signed in with MFA. Open Users to make someone to try it on.",
        },
        ko: {
          title: "Force_MFA 적용됨: 사용자 열기",
          body: "Force_MFA는 MFA로 로그인한 요청이 아니면 자신의 MFA를 설정하는 작업 외에는 모두 거부합니다. 사용자를 열어 시험해 볼 사용자를 만듭니다.",
        },
      },
    },
    {
      id: "create-user",
      target: "create-user",
      at: { all: [required, { path: "/iam/users" }] },
      text: {
        en: { title: "Choose Create user", body: "The new user will be the one who meets Force_MFA." },
        ko: { title: "사용자 생성 선택", body: "새 사용자가 Force_MFA를 경험하게 됩니다." },
      },
    },
    {
      id: "user-details",
      target: "permissions-none",
      at: { all: [required, { path: "/iam/users/create" }] },
      text: {
        en: {
          title: "A user with a password and no other policy",
          body: "Type a user name, keep AWS Management Console access and type a password. Under Permissions choose Attach no policy (Force_MFA is attached anyway), then Create user.",
        },
        ko: {
          title: "암호가 있고 다른 정책은 없는 사용자",
          body: "사용자 이름을 입력하고 AWS Management Console 액세스를 유지한 채 암호를 입력합니다. 권한에서 정책 연결 안 함을 선택하고(Force_MFA는 자동으로 연결됩니다) 사용자 생성을 선택합니다.",
        },
      },
    },
    {
      id: "permissions",
      target: ["add-permissions", "permissions-tab"],
      at: { all: [required, { visible: "permissions-tab" }] },
      text: {
        en: {
          title: "Permissions: add IAMReadOnlyAccess",
          body: "On the user's Permissions tab Force_MFA is listed: open it to read its JSON, with Deny, NotAction and aws:MultiFactorAuthPresent. Choose Add permissions to give the user something Force_MFA can hold back.",
        },
        ko: {
          title: "권한: IAMReadOnlyAccess 추가",
          body: "사용자의 권한 탭에 Force_MFA가 표시됩니다. 열어서 Deny, NotAction, aws:MultiFactorAuthPresent가 있는 JSON을 읽어 보십시오. 권한 추가를 선택해 Force_MFA가 막을 권한을 사용자에게 줍니다.",
        },
      },
    },
    {
      id: "attach",
      target: "policy-filter",
      at: { all: [required, { visible: "attach-policies" }] },
      marks: "attaching",
      text: {
        en: {
          title: "Attach IAMReadOnlyAccess",
          body: "Search for IAMReadOnlyAccess, select it and choose Attach policies. It allows reading all of IAM, the Users list included.",
        },
        ko: {
          title: "IAMReadOnlyAccess 연결",
          body: "IAMReadOnlyAccess를 검색해 선택하고 정책 연결을 선택합니다. 이 정책은 사용자 목록을 포함해 IAM의 모든 내용을 읽도록 허용합니다.",
        },
      },
    },
    {
      id: "sign-out",
      target: "account-menu",
      at: { all: [{ milestone: "attaching" }, { path: "/iam" }, { not: { visible: "attach-policies" } }] },
      text: {
        en: {
          title: "Sign out, then sign in as the new user",
          body: "Note the account ID (the account menu shows it), open the account menu and choose Sign Out. Then sign in as an IAM user with the account ID, the new user's name and password.",
        },
        ko: {
          title: "로그아웃한 다음 새 사용자로 로그인",
          body: "계정 ID를 메모하고(계정 메뉴에 표시됩니다) 계정 메뉴에서 로그아웃을 선택합니다. 그런 다음 계정 ID와 새 사용자의 이름, 암호로 IAM 사용자 로그인을 합니다.",
        },
      },
    },
    {
      id: "sign-in",
      target: "sign-in",
      at: { all: [{ milestone: "attaching" }, { path: "/signin" }] },
      marks: "signing-in",
      text: {
        en: { title: "Sign in as the new user", body: "Choose IAM user, type the account ID, then the user name and password. The user has no MFA device yet: no code is asked." },
        ko: { title: "새 사용자로 로그인", body: "IAM 사용자를 선택하고 계정 ID, 사용자 이름, 암호를 입력합니다. 아직 MFA 디바이스가 없으므로 코드를 묻지 않습니다." },
      },
    },
    {
      id: "open-users",
      target: "nav-users",
      at: { all: [{ milestone: "signing-in" }, { path: "/iam" }] },
      text: {
        en: { title: "Open Users", body: "IAMReadOnlyAccess allows listing users. See what Force_MFA says." },
        ko: { title: "사용자 열기", body: "IAMReadOnlyAccess는 사용자 목록 보기를 허용합니다. Force_MFA가 어떻게 하는지 보십시오." },
      },
    },
    {
      id: "denied",
      target: "nav-security-credentials",
      at: { all: [{ milestone: "signing-in" }, { visible: "access-denied" }] },
      marks: "denied",
      text: {
        en: {
          title: "Denied: an explicit deny in Force_MFA",
          body: "AWS's message names the action (iam:ListUsers), the resource, and the policy whose Deny applied. An explicit deny wins over IAMReadOnlyAccess's allow. What Force_MFA still allows is setting up MFA: open My Security Credentials.",
        },
        ko: {
          title: "거부됨: Force_MFA의 명시적 거부",
          body: "AWS의 메시지에는 작업(iam:ListUsers), 리소스, 그리고 거부를 적용한 정책이 나옵니다. 명시적 거부는 IAMReadOnlyAccess의 허용보다 우선합니다. Force_MFA가 아직 허용하는 것은 MFA 설정입니다. 내 보안 자격 증명을 엽니다.",
        },
      },
    },
    {
      id: "assign-mfa-device",
      target: "activate-mfa",
      at: { all: [{ milestone: "denied" }, { path: "/iam/security-credentials" }] },
      text: {
        en: {
          title: "Choose Assign MFA device",
          body: "Force_MFA allows creating and enabling a virtual MFA device named after the user, and listing the user's devices, without MFA.",
        },
        ko: {
          title: "MFA 디바이스 할당 선택",
          body: "Force_MFA는 MFA 없이도 사용자 이름으로 된 가상 MFA 디바이스를 만들고 활성화하며, 사용자의 디바이스를 나열하도록 허용합니다.",
        },
      },
    },
    {
      id: "virtual-device",
      target: "continue",
      at: { all: [{ milestone: "denied" }, { visible: "manage-mfa-device" }] },
      text: {
        en: { title: "Virtual MFA device, then Continue", body: "An authenticator app on your phone, or the lab's practice authenticator, will make the codes." },
        ko: { title: "가상 MFA 디바이스를 선택하고 계속", body: "휴대폰의 인증 앱이나 실습 환경의 연습용 인증 앱이 코드를 만듭니다." },
      },
    },
    {
      id: "show-qr-code",
      target: "show-qr-code",
      at: { all: [{ milestone: "denied" }, setUp] },
      text: {
        en: { title: "Show QR code", body: "Scan it with your app, or add the secret key to the practice authenticator." },
        ko: { title: "QR 코드 표시", body: "앱으로 스캔하거나 비밀 키를 연습용 인증 앱에 추가합니다." },
      },
    },
    {
      id: "two-codes",
      target: "mfa-code-1",
      at: { all: [{ milestone: "denied" }, setUp, { any: [{ visible: "qr-code" }, { visible: "secret-key" }] }] },
      text: {
        en: { title: "Type two consecutive codes", body: "The code the app shows in MFA code 1; wait for the next one and type it in MFA code 2." },
        ko: { title: "연속된 코드 두 개 입력", body: "앱에 표시된 코드를 MFA 코드 1에, 다음 코드를 기다렸다가 MFA 코드 2에 입력합니다." },
      },
    },
    {
      id: "assign-mfa",
      target: "assign-mfa",
      at: { all: [{ milestone: "denied" }, setUp, { filled: "mfa-code-1", pattern: SIX_DIGITS }, { filled: "mfa-code-2", pattern: SIX_DIGITS }] },
      text: {
        en: { title: "Choose Assign MFA", body: "iam:EnableMFADevice on the user themselves is in Force_MFA's list of what needs no MFA." },
        ko: { title: "MFA 할당 선택", body: "자신에 대한 iam:EnableMFADevice는 Force_MFA에서 MFA 없이 허용되는 작업 목록에 있습니다." },
      },
    },
    {
      id: "assigned",
      target: "account-menu",
      at: { all: [{ milestone: "denied" }, { visible: "mfa-assigned" }] },
      marks: "assigned",
      text: {
        en: {
          title: "Assigned: sign in again, with MFA",
          body: "This session was not signed in with MFA, so Force_MFA still denies it. Close the dialog, choose Sign Out in the account menu and sign in again as the same user.",
        },
        ko: {
          title: "할당됨: MFA로 다시 로그인",
          body: "이 세션은 MFA로 로그인하지 않았으므로 Force_MFA가 계속 거부합니다. 대화 상자를 닫고 계정 메뉴에서 로그아웃을 선택한 다음 같은 사용자로 다시 로그인합니다.",
        },
      },
    },
    {
      id: "sign-in-again",
      target: "sign-in",
      at: { all: [{ milestone: "assigned" }, { path: "/signin" }] },
      text: {
        en: { title: "Sign in as the user again", body: "The same account ID, user name and password: this time a code is asked." },
        ko: { title: "같은 사용자로 다시 로그인", body: "같은 계정 ID, 사용자 이름, 암호를 입력합니다. 이번에는 코드를 묻습니다." },
      },
    },
    {
      id: "mfa-code",
      target: "mfa-code",
      at: { all: [{ milestone: "assigned" }, { path: "/signin/mfa" }] },
      marks: "challenged",
      text: {
        en: { title: "Type the code from your app", body: "A session signed in with a code carries aws:MultiFactorAuthPresent = true." },
        ko: { title: "앱의 코드 입력", body: "코드로 로그인한 세션에는 aws:MultiFactorAuthPresent = true가 붙습니다." },
      },
    },
    {
      id: "users-again",
      target: "nav-users",
      at: { all: [{ milestone: "challenged" }, { path: "/iam" }] },
      text: {
        en: { title: "Open Users again", body: "Force_MFA's condition no longer holds, so its Deny does not apply." },
        ko: { title: "사용자를 다시 열기", body: "이제 Force_MFA의 조건이 맞지 않으므로 거부가 적용되지 않습니다." },
      },
    },
    {
      id: "done",
      at: { all: [{ milestone: "challenged" }, { path: "/iam/users" }, { not: { visible: "access-denied" } }] },
      text: {
        en: {
          title: "Done: the rights are back",
          body: "With MFA, IAMReadOnlyAccess allows the list. The AWS CLI signs with access keys, which carry no MFA: with Force_MFA the user first runs aws sts get-session-token --serial-number arn:aws:iam::ACCOUNT-ID:mfa/USER-NAME --token-code CODE and uses the temporary credentials it returns (docs/force-mfa-cli.md).",
        },
        ko: {
          title: "완료: 권한이 돌아왔습니다",
          body: "MFA를 사용하면 IAMReadOnlyAccess가 목록 보기를 허용합니다. AWS CLI는 MFA 정보가 없는 액세스 키로 서명하므로, Force_MFA가 있는 사용자는 먼저 aws sts get-session-token --serial-number arn:aws:iam::계정-ID:mfa/사용자-이름 --token-code 코드를 실행하고 반환된 임시 자격 증명을 사용합니다(docs/force-mfa-cli.md).",
        },
      },
    },
  ],
};
