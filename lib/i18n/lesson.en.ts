/** English messages around the Force MFA lesson: the account's "Require MFA for API calls" switch, its shortcut. */
export const lessonEn = {
  forceMfa: {
    on: "Force_MFA is attached to every IAM user of this account, and to each new one.",
    lessonIntro: "See what Force_MFA does, step by step, as a user signs in without MFA and then with it:",
    startLesson: "Start the Force MFA lesson",
  },
};
