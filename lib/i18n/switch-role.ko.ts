import type { switchRoleEn } from "./switch-role.en";

/** Korean messages of "Switch role" (역할 전환), in AWS's Korean console wording. */
export const switchRoleKo: typeof switchRoleEn = {
  switchRole: {
    menuItem: "역할 전환",
    menuItemCurrent: "역할 전환",
    heading: "역할 전환",
    intro:
      "단일 사용자 ID와 암호를 사용하여 여러 AWS 계정의 리소스를 관리할 수 있습니다. AWS 관리자가 역할을 구성하고 계정 및 역할 세부 정보를 제공한 후에 역할을 전환할 수 있습니다.",
    account: "계정",
    accountHint: "12자리 계정 ID 또는 계정 별칭입니다.",
    role: "역할",
    roleHint: "역할 이름입니다. 경로가 있으면 경로 뒤에 씁니다(예: team/Developer).",
    displayName: "표시 이름",
    displayNameHint: "이 역할이 활성 상태인 동안 탐색 모음에 표시됩니다. 기본값은 역할 이름입니다.",
    color: "색상",
    colors: { red: "빨간색", orange: "주황색", yellow: "노란색", green: "녹색", blue: "파란색" },
    submit: "역할 전환",
    cancel: "취소",
    invalidInformation: "하나 이상의 필드에 잘못된 정보가 있습니다. 정보를 확인하거나 관리자에게 문의하세요.",
    accountInvalid: "12자리 계정 ID 또는 계정 별칭을 입력하세요.",
    roleInvalid: "역할 이름을 입력하세요(문자, 숫자 및 +=,.@_-만 사용).",
    rootNotAllowed: "AWS 계정 루트 사용자로 로그인한 경우 역할을 전환할 수 없습니다. 역할을 전환하려면 IAM 사용자로 로그인하세요.",
    currentlyActiveAs: "현재 활성:",
    switchedFrom: "로그인한 사용자:",
    backTo: "{user}(으)로 돌아가기",
    roleHistory: "역할 기록",
    topBarLabel: "{displayName} @ {account}",
    roleSessionHeading: "역할을 사용 중입니다",
    roleSessionCredentials:
      "역할 {role}의 임시 보안 자격 증명으로 로그인했습니다. 역할에는 자체 암호, 액세스 키 또는 MFA 디바이스가 없습니다. 보안 자격 증명을 관리하려면 계정 메뉴에서 {user}(으)로 돌아가기를 선택하세요.",
  },
};
