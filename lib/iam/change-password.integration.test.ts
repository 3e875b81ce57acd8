import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPasswordSignIn } from "@/lib/auth/password-sign-in";
import { iamError, newAccount, newUser, ROOT_PASSWORD, storedEvents } from "@/test/support/iam-fixtures";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { changePassword } from "./change-password";
import type { Principal } from "./principal";

let t: Awaited<ReturnType<typeof createTestDb>>;
let root: Principal;
let bob: Principal;

const now = new Date("2021-03-11T09:00:00Z");
const later = new Date("2021-03-12T09:00:00Z");
const BOB_PASSWORD = "Bob-pass-2021";

beforeAll(async () => {
  t = await createTestDb();
  root = await newAccount(t.db, "password-owner@example.com", now);
  bob = await newUser(t.db, root, "Bob", now, { password: BOB_PASSWORD });
});
afterAll(() => t.close());

const signIn = (password: string) =>
  verifyPasswordSignIn(t.db, { kind: "iam", account: root.accountId, userName: "Bob", password }, { now: later, context: TEST_CONTEXT });
const signInRoot = (password: string) =>
  verifyPasswordSignIn(t.db, { kind: "root", email: "password-owner@example.com", password }, { now: later, context: TEST_CONTEXT });

describe("changePassword", () => {
  it("changes an IAM user's password once the current one is given, restarts its age and records ChangePassword without either password", async () => {
    await changePassword(t.db, { actor: bob, oldPassword: BOB_PASSWORD, newPassword: "Bob-new-pass-1", now: later, context: TEST_CONTEXT });
    expect(await signIn("Bob-new-pass-1")).toMatchObject({ userName: "Bob" });
    expect(await signIn(BOB_PASSWORD)).toBeNull();
    expect(await t.db.user.findUnique({ where: { id: bob.userId! } })).toMatchObject({ passwordSetAt: later });

    const events = (await storedEvents(t.db, root.accountId)).filter((event) => event.eventName === "ChangePassword");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ principalArn: bob.arn, userName: "Bob", errorCode: null, requestParameters: null });
    const stored = JSON.stringify(events);
    expect(stored).not.toContain(BOB_PASSWORD);
    expect(stored).not.toContain("Bob-new-pass-1");
  });

  it("changes the root user's password too", async () => {
    await changePassword(t.db, { actor: root, oldPassword: ROOT_PASSWORD, newPassword: "Root-new-pass-1", now: later, context: TEST_CONTEXT });
    expect(await signInRoot("Root-new-pass-1")).toMatchObject({ isRoot: true });
    expect(await signInRoot(ROOT_PASSWORD)).toBeNull();
    const events = (await storedEvents(t.db, root.accountId)).filter((event) => event.eventName === "ChangePassword" && event.userType === "Root");
    expect(events).toHaveLength(1);
  });

  it("refuses a wrong current password, keeps the old one and records the failure without what was typed", async () => {
    const error = await iamError(
      changePassword(t.db, { actor: bob, oldPassword: "Not-the-password-1", newPassword: "Bob-third-pass-1", now: later, context: TEST_CONTEXT }),
    );
    expect(error.code).toBe("AccessDenied");
    // The console says "The current password is incorrect." for this detail only (lib/auth/console-action.ts).
    expect(error.detail).toBe("wrongOldPassword");
    expect(await signIn("Bob-new-pass-1")).not.toBeNull();
    expect(await signIn("Bob-third-pass-1")).toBeNull();
    const failures = (await storedEvents(t.db, root.accountId)).filter((event) => event.eventName === "ChangePassword" && event.errorCode);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ errorCode: "AccessDenied", principalArn: bob.arn });
    expect(JSON.stringify(failures)).not.toMatch(/Not-the-password-1|Bob-third-pass-1/);
  });

  it("is refused by AWS's MFA self-management policy to a user not signed in with MFA, which the console does not call a wrong password", async () => {
    const carol = await newUser(t.db, root, "CarolNoMfa", now, { password: BOB_PASSWORD, mfa: false });
    const error = await iamError(
      changePassword(t.db, { actor: carol, oldPassword: BOB_PASSWORD, newPassword: "Carol-new-pass-1", now: later, context: TEST_CONTEXT }),
    );
    expect({ code: error.code, message: error.message }).toEqual({
      code: "AccessDenied",
      message: `User: ${carol.arn} is not authorized to perform: iam:ChangePassword on resource: user CarolNoMfa with an explicit deny in an identity-based policy: arn:aws:iam::${root.accountId}:policy/SelfManageCredentialsWithMFA`,
    });
    expect(error.detail).toBeUndefined();
  });

  it("answers NoSuchEntity for a user without a console password", async () => {
    const carol = await newUser(t.db, root, "Carol", now);
    const error = await iamError(changePassword(t.db, { actor: carol, oldPassword: "x", newPassword: "Carol-pass-1", now, context: TEST_CONTEXT }));
    expect({ code: error.code, message: error.message }).toEqual({ code: "NoSuchEntity", message: "Login Profile for User Carol cannot be found." });
    expect(await t.db.user.findUnique({ where: { id: carol.userId! } })).toMatchObject({ passwordHash: null });
  });
});
