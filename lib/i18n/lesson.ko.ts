import type { lessonEn } from "./lesson.en";

/** Korean messages around the Force MFA lesson (lesson.en.ts). */
export const lessonKo: typeof lessonEn = {
  forceMfa: {
    on: "이 계정의 모든 IAM 사용자와 새로 만드는 사용자에게 Force_MFA가 연결되어 있습니다.",
    lessonIntro: "사용자가 MFA 없이, 그리고 MFA로 로그인할 때 Force_MFA가 어떻게 작동하는지 단계별로 알아보십시오.",
    startLesson: "MFA 강제 적용 단원 시작",
  },
};
