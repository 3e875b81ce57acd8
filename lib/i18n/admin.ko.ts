import type { adminEn } from "./admin.en";
import type { Messages } from "./en";

/** Korean messages of the administration pages. */
export const adminKo: Pick<Messages, keyof typeof adminEn> = {
  users: {
    heading: "사용자",
    userName: "사용자 이름",
    mfa: "MFA",
    passwordAge: "암호 사용 기간",
    created: "생성됨",
    administrator: "관리자",
    notEnabled: "활성화되지 않음",
    virtual: "가상",
    empty: "이 계정에 사용자가 없습니다.",
    days: "{count}일",
    today: "오늘",
  },
  accountSettings: {
    heading: "계정 설정",
    accountId: "계정 ID",
    accountName: "계정 이름",
    alias: "계정 별칭",
    noAlias: "없음",
    rootEmail: "루트 사용자 이메일 주소",
  },
};
