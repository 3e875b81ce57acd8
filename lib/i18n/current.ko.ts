import type { currentEn } from "./current.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

/**
 * Korean messages of the console versions (see current.en.ts). AWS publishes no Korean strings of the
 * current console: the labels below follow Korean tutorials where they agree (보안 자격 증명, MFA 디바이스
 * 할당, 디바이스 이름, 디바이스 옵션, 인증 관리자 앱, 하드웨어 TOTP 토큰, 다음, 디바이스 설정); where
 * they do not, or where no tutorial shows the text, it is marked "unverified" and worded after AWS's
 * Korean documentation.
 */
export const currentKo: Widen<typeof currentEn> = {
  consoleVersion: {
    heading: "콘솔 버전",
    intro:
      "이 계정의 학습자에게 보여 줄 AWS 콘솔입니다. 2021 콘솔은 자습서의 콘솔이고, 현재 콘솔은 2022년 11월부터의 AWS 콘솔입니다. 전환해도 디바이스는 그대로 유지됩니다.",
    legend: "콘솔",
    v2021: "2021 콘솔",
    v2021Description: "내 보안 자격 증명, MFA 활성화, 사용자당 가상 MFA 디바이스 하나: 자습서의 과정입니다.",
    current: "현재 콘솔",
    currentDescription:
      "보안 자격 증명, MFA 디바이스 할당, 이름이 있는 디바이스, 사용자당 최대 8개: 인증 관리자 앱, 패스키와 보안 키, 하드웨어 TOTP 토큰.",
    save: "콘솔 버전 저장",
    saved: "이제 이 계정에 {version}이 표시됩니다.",
    invalid: "2021 콘솔 또는 현재 콘솔을 선택하십시오.",
    rootOnly: "루트 사용자만 콘솔 버전을 변경할 수 있습니다.",
  },
  currentLabels: {
    securityCredentials: "보안 자격 증명",
    // unverified: the Korean console's MFA column values; worded after the Korean User Guide.
    mfaNone: "없음",
    mfaVirtual: "가상",
    mfaSecurityKey: "보안 키",
    mfaHardware: "하드웨어",
    mfaU2f2021: "U2F 보안 키",
    mfaHardware2021: "하드웨어",
  },
  mfaPanel: {
    heading: "멀티 팩터 인증(MFA)",
    intro:
      "MFA를 사용하여 AWS 환경의 보안을 강화하십시오. MFA로 로그인하려면 MFA 디바이스의 인증 코드가 필요합니다. 각 사용자에게 최대 8개의 MFA 디바이스를 할당할 수 있습니다.",
    remove: "제거",
    resync: "재동기화",
    assign: "MFA 디바이스 할당",
    // unverified: the table's Korean headers.
    type: "유형",
    identifier: "식별자",
    certifications: "인증 등급",
    createdOn: "생성 날짜",
    select: "선택",
    selectDevice: "{identifier} 선택",
    empty: "MFA 디바이스가 없습니다. MFA 디바이스를 할당하여 AWS 환경의 보안을 강화하십시오",
    kindVirtual: "가상",
    kindFido: "보안 키",
    kindHardware: "하드웨어",
    noCertifications: "-",
    // unverified: the banner's Korean text.
    assignedTitle: "MFA 디바이스가 할당됨",
    assignedBody:
      "AWS 계정 루트 사용자와 IAM 사용자에게 현재 지원되는 MFA 유형을 조합하여 최대 8개의 MFA 디바이스를 등록할 수 있습니다. MFA 디바이스가 여러 개이면 해당 사용자로 AWS 콘솔에 로그인하거나 AWS CLI로 세션을 만들 때 MFA 디바이스 하나만 있으면 됩니다.",
    limitReached: "MFA 디바이스가 최대 {limit, plural, other {#개}} 할당되어 있습니다. 다른 디바이스를 할당하려면 먼저 하나를 제거하십시오.",
    removeTitle: "MFA 디바이스를 제거하시겠습니까?",
    removeBody: "로그인할 때 더 이상 이 MFA 디바이스를 사용할 수 없습니다.",
    removed: "MFA 디바이스가 제거되었습니다.",
    resyncOnlyTotp: "인증 관리자 앱과 하드웨어 TOTP 토큰만 재동기화할 수 있습니다.",
  },
  assignMfa: {
    title: "MFA 디바이스 할당",
    stepOf: "{step}/2단계",
    selectTitle: "MFA 디바이스 선택",
    // Tutorials show both "디바이스 설정" and "가상 MFA 디바이스 설정" here; the first fits every option.
    setUpTitle: "디바이스 설정",
    deviceDetails: "MFA 디바이스 이름",
    deviceName: "디바이스 이름",
    deviceNameDescription: "이 디바이스를 식별할 수 있는 의미 있는 이름을 입력하십시오.",
    deviceNameHint: "최대 128자입니다. 영숫자 및 '+ = , . @ - _' 문자를 사용하십시오.",
    deviceNameTaken: "이 계정에 같은 이름의 MFA 디바이스가 이미 있습니다. 다른 이름을 선택하십시오.",
    deviceOptions: "디바이스 옵션",
    deviceOptionsDescription: "사용자 이름과 암호 인증 외에 다음 MFA 옵션 중 하나를 사용할 수 있습니다.",
    // unverified: tutorials write "패스키/보안 키"; the console's exact string is not published.
    passkey: "패스키 또는 보안 키",
    passkeyDescription: "지문, 얼굴 또는 화면 잠금으로 인증합니다. 이 디바이스에서 패스키를 만들거나 FIDO 보안 키 같은 다른 디바이스를 사용하십시오.",
    // Variants seen: "권한 부여 앱", "인증 앱"; "인증 관리자 앱" is the most common.
    authenticatorApp: "인증 관리자 앱",
    authenticatorAppDescription: "모바일 디바이스나 컴퓨터에 설치된 앱에서 생성한 코드를 사용하여 인증합니다.",
    hardwareToken: "하드웨어 TOTP 토큰",
    hardwareTokenDescription: "하드웨어 TOTP 토큰이나 기타 하드웨어 디바이스에서 생성한 코드를 사용하여 인증합니다.",
    next: "다음",
    // Tutorials disagree ("MFA 추가" and "MFA 할당"); "MFA 추가" translates AWS's "Add MFA".
    addMfa: "MFA 추가",
    appStep1: "모바일 디바이스나 컴퓨터에 Google Authenticator, Duo Mobile, Authy 앱 같은 호환 애플리케이션을 설치합니다.",
    appStep2: "인증 관리자 앱을 열고 이 페이지에서 QR 코드 표시를 선택한 다음 앱으로 코드를 스캔합니다. 또는 비밀 키를 입력할 수 있습니다.",
    appStep3: "아래에 연속된 MFA 코드 두 개를 입력합니다",
    qrCodeAlt: "MFA 디바이스 {name}의 QR 코드",
    passkeyIntro: "MFA 추가를 선택한 다음 브라우저의 안내를 따르십시오. 이 디바이스나 다른 디바이스의 패스키를 사용하거나, 보안 키를 꽂고 터치하십시오.",
    passkeyWaiting: "브라우저의 안내를 따르십시오…",
    passkeyIpAddress: "패스키와 보안 키를 사용하려면 http://localhost:{port} 같은 호스트 이름으로 실습 환경을 열어야 합니다. 신뢰 당사자 ID는 IP 주소일 수 없습니다.",
    passkeyInsecure: "이 브라우저는 HTTPS 페이지와 localhost에서만 패스키와 보안 키를 제공합니다.",
    passkeyUnsupported: "이 브라우저는 패스키와 보안 키를 지원하지 않습니다.",
    passkeyCancelled: "패스키나 보안 키가 응답하기 전에 브라우저의 창이 닫혔습니다. 다시 시도하려면 MFA 추가를 선택하십시오.",
    passkeyFailed: "패스키나 보안 키를 등록하지 못했습니다. 다시 시도하거나 다른 디바이스 옵션을 선택하십시오.",
    passkeyAlreadyRegistered: "이 패스키나 보안 키는 이미 이 사용자에게 할당되어 있습니다.",
    hardwareIntro: "토큰의 일련 번호를 입력한 다음 토큰에 표시되는 연속된 코드 두 개를 입력하십시오.",
    serialNumber: "일련 번호",
    serialNumberDescription: "일련 번호는 대개 디바이스 뒷면에 있습니다.",
    serialNumberInvalid: "토큰에 인쇄된 일련 번호를 입력하십시오(영문자, 숫자 및 + = , . @ - _ : / 문자 9~256자).",
    hardwareNotFound: "이 계정에서 사용할 수 있는, 이 일련 번호의 하드웨어 토큰이 없습니다.",
    practiceTokens: "토큰이 없습니까? 연습용 인증 앱의 연습용 토큰을 사용하십시오",
  },
  mfaChoices: {
    codeHint: "인증 관리자 앱이나 하드웨어 TOTP 토큰 중 하나의 코드를 입력하십시오.",
    or: "또는",
    usePasskey: "패스키 또는 보안 키 사용",
    passkeyWaiting: "브라우저의 안내에 따라 패스키나 보안 키를 사용하십시오…",
    passkeyFailed: "패스키나 보안 키가 수락되지 않았습니다. 다시 시도하거나 다른 MFA 디바이스를 사용하십시오.",
  },
  // unverified: AWS documents the rule (Korean User Guide: "2024년 5월부터 … 최대 35일 동안 MFA 등록을
  // 연기"), not the screen; these texts restate it.
  mfaEnrollment: {
    heading: "루트 사용자의 MFA 디바이스 등록",
    body:
      "2024년 5월부터 루트 사용자는 로그인할 때 멀티 팩터 인증(MFA)을 활성화해야 합니다. 이 안내를 건너뛰어 최대 35일 동안 MFA 등록을 연기할 수 있습니다. 35일이 지나면 AWS Management Console에 계속 로그인하려면 MFA 디바이스를 등록해야 합니다.",
    daysLeft: "{date}까지 이 안내를 건너뛸 수 있습니다({days, plural, other {#일}} 남음).",
    required: "MFA 등록을 연기할 수 있는 35일이 지났습니다. 콘솔로 계속하려면 MFA 디바이스를 등록하십시오.",
    register: "MFA 디바이스 할당",
    skip: "지금은 건너뛰기",
  },
  practiceTokens: {
    heading: "연습용 하드웨어 TOTP 토큰",
    intro:
      "샌드박스에는 열쇠고리의 키 포브 같은 연습용 하드웨어 토큰이 들어 있습니다. 이 브라우저에서 콘솔에 로그인한 다음 여기에서 불러오십시오. 각 토큰에 일련 번호와 화면의 코드가 표시됩니다.",
    load: "내 연습용 토큰 불러오기",
    reload: "다시 불러오기",
    signedOut: "먼저 이 브라우저에서 콘솔에 로그인한 다음 연습용 토큰을 불러오십시오.",
    loadedFor: "계정 {accountId}의 토큰입니다. {time}까지의 코드를 불러왔습니다.",
    expired: "불러온 코드를 모두 사용했습니다. 로그인한 상태에서 토큰을 다시 불러오십시오.",
    serial: "일련 번호 {serial}",
    codeFor: "토큰 {serial}의 코드",
    assignedTo: "{name}에게 할당됨",
    available: "할당되지 않음",
    rootUser: "루트 사용자",
  },
};
