/**
 * The seeded demo account. Its passwords are public on purpose: the sign-in page shows them while
 * DEMO_MODE is on, so a class can start at once. Turn demo mode off for a public deployment.
 */
export const DEMO_ACCOUNT = {
  accountId: "111122223333",
  alias: "mock-iam-demo",
  accountName: "Mock IAM demo",
  /** The seed tutorial's console, for the demo account and every visitor's copy of it. */
  consoleVersion: "2021",
  root: { email: "root@demo.mock-iam.test", password: "Demo-Root-2021!" },
  admin: { userName: "admin", password: "Demo-Admin-2021!" },
  user: { userName: "learner", password: "Demo-Learner-2021!" },
} as const;
