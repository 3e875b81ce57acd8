import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateAccountPasswordPolicy } from "@/lib/iam/account-password-policy";
import { updateLoginProfile } from "@/lib/iam/login-profiles";
import { passwordChangeDue } from "@/lib/iam/password-policy";
import type { Principal } from "@/lib/iam/principal";
import { newAccount, newUser } from "@/test/support/iam-fixtures";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { completePasswordChangeSignIn } from "./password-change-sign-in";
import { createChallenge } from "./sign-in-challenge";

let t: Awaited<ReturnType<typeof createTestDb>>;
let root: Principal;
const now = new Date("2027-05-01T10:00:00Z");
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestDb();
  root = await newAccount(t.db, "reset-owner@example.com", now);
});
afterAll(() => t.close());

describe("a new password at sign-in", () => {
  it("is due after UpdateLoginProfile's PasswordResetRequired; only the old password and a conforming new one give a session, once", async () => {
    const dana = await newUser(t.db, root, "dana", now, { password: "Dana-pass-2021" });
    expect(await passwordChangeDue(t.db, dana, now)).toBe("none");
    await updateLoginProfile(t.db, { actor: root, userName: "dana", passwordResetRequired: true, now, context: TEST_CONTEXT });
    expect(await passwordChangeDue(t.db, dana, now)).toBe("required");

    const mfaChallenge = await createChallenge(t.db, { principal: dana, now });
    const step = (token: string, oldPassword: string, newPassword: string) =>
      completePasswordChangeSignIn(t.db, { token, oldPassword, newPassword, realNow: now, context: TEST_CONTEXT });
    // An MFA challenge is no password challenge.
    expect(await step(mfaChallenge.token, "Dana-pass-2021", "Dana-new-2021")).toEqual({ ok: false, reason: "expired" });

    const { token } = await createChallenge(t.db, { principal: dana, now, purpose: "password" });
    expect(await step(token, "wrong-password-1", "Dana-new-2021")).toEqual({ ok: false, reason: "wrongPassword" });
    expect(await step(token, "Dana-pass-2021", "weak")).toEqual({ ok: false, reason: "violation" });
    expect(await passwordChangeDue(t.db, dana, now)).toBe("required");
    const done = await step(token, "Dana-pass-2021", "Dana-new-2021");
    expect(done).toMatchObject({ ok: true });
    expect(await t.db.consoleSession.count({ where: { userId: dana.userId } })).toBe(1);
    expect(await passwordChangeDue(t.db, dana, now)).toBe("none");
    expect(await step(token, "Dana-new-2021", "Dana-third-2021")).toEqual({ ok: false, reason: "expired" });
  });

  it("is due once a password is older than MaxPasswordAge, and left to an administrator with HardExpiry", async () => {
    const eli = await newUser(t.db, root, "eli", now, { password: "Eli-pass-2021" });
    await updateAccountPasswordPolicy(t.db, { actor: root, policy: { maxPasswordAge: 30 }, now, context: TEST_CONTEXT });
    expect(await passwordChangeDue(t.db, eli, new Date(now.getTime() + 29 * DAY))).toBe("none");
    expect(await passwordChangeDue(t.db, eli, new Date(now.getTime() + 30 * DAY))).toBe("expired");
    await updateAccountPasswordPolicy(t.db, { actor: root, policy: { maxPasswordAge: 30, hardExpiry: true }, now, context: TEST_CONTEXT });
    expect(await passwordChangeDue(t.db, eli, new Date(now.getTime() + 31 * DAY))).toBe("hardExpired");
    expect(await passwordChangeDue(t.db, root, new Date(now.getTime() + 365 * DAY))).toBe("none");
  });
});
