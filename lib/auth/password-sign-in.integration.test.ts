import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "@/lib/iam/create-account";
import { createUser } from "@/lib/iam/create-user";
import { getPrincipal } from "@/lib/iam/get-principal";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { createConsoleSession, findActiveSession, revokeSession, SESSION_TTL_MS, startConsoleSession } from "./console-session";
import { verifyPasswordSignIn } from "./password-sign-in";

let t: Awaited<ReturnType<typeof createTestDb>>;
let accountId: string;
const now = new Date("2021-01-20T02:19:36Z");
const opts = { now, context: TEST_CONTEXT };

beforeAll(async () => {
  t = await createTestDb();
  ({ accountId } = await createAccount(t.db, {
    email: "owner@example.com",
    accountName: "Lab",
    password: "Root-pass-1",
    alias: "my-lab",
    now,
    context: TEST_CONTEXT,
  }));
  const root = await getPrincipal(t.db, accountId, null);
  await createUser(t.db, { accountId, userName: "Alice", password: "Alice-pass-1", actor: root!, now, context: TEST_CONTEXT });
  await createUser(t.db, { accountId, userName: "nopass", actor: root!, now, context: TEST_CONTEXT });
});
afterAll(() => t.close());

describe("verifyPasswordSignIn", () => {
  it("signs in the root user by e-mail, in any case; the session start records the console login", async () => {
    const principal = await verifyPasswordSignIn(t.db, { kind: "root", email: "Owner@Example.com", password: "Root-pass-1" }, opts);
    expect(principal).toMatchObject({ accountId, isRoot: true, arn: `arn:aws:iam::${accountId}:root` });
    await startConsoleSession(t.db, { principal: principal!, ...opts, mfaUsed: false });
    const event = await t.db.event.findFirstOrThrow({ where: { accountId, eventName: "ConsoleLogin" }, orderBy: { eventTime: "desc" } });
    expect(event).toMatchObject({ principalArn: `arn:aws:iam::${accountId}:root`, userType: "Root", errorMessage: null });
    expect(JSON.parse(event.responseElements!)).toEqual({ ConsoleLogin: "Success" });
    expect(JSON.parse(event.additionalEventData!)).toMatchObject({ MFAUsed: "No" });
  });

  it("signs in an IAM user by account id and by alias, with a case-insensitive user name", async () => {
    for (const account of [accountId, "my-lab", "MY-LAB"]) {
      const principal = await verifyPasswordSignIn(t.db, { kind: "iam", account, userName: "alice", password: "Alice-pass-1" }, opts);
      expect(principal).toMatchObject({ userName: "Alice", isRoot: false, arn: `arn:aws:iam::${accountId}:user/Alice` });
    }
    const user = await t.db.user.findFirstOrThrow({ where: { name: "Alice" } });
    expect(user.passwordLastUsed).toEqual(now);
  });

  it("fails the same way for a wrong password, an unknown user, an unknown account and a user without a password", async () => {
    const attempts = [
      { kind: "root", email: "owner@example.com", password: "wrong" },
      { kind: "root", email: "nobody@example.com", password: "Root-pass-1" },
      { kind: "iam", account: accountId, userName: "Alice", password: "wrong" },
      { kind: "iam", account: accountId, userName: "mallory", password: "Alice-pass-1" },
      { kind: "iam", account: "999999999999", userName: "Alice", password: "Alice-pass-1" },
      { kind: "iam", account: "12345", userName: "Alice", password: "Alice-pass-1" },
      { kind: "iam", account: accountId, userName: "nopass", password: "" },
    ] as const;
    for (const attempt of attempts) expect(await verifyPasswordSignIn(t.db, attempt, opts), JSON.stringify(attempt)).toBeNull();
  });

  it("records a failed login in the account without the password", async () => {
    const later = new Date(now.getTime() + 60_000);
    await verifyPasswordSignIn(
      t.db,
      { kind: "iam", account: "my-lab", userName: "Alice", password: "Secret-guess-9" },
      { ...opts, now: later },
    );
    const event = await t.db.event.findFirstOrThrow({ where: { accountId, eventName: "ConsoleLogin", eventTime: later } });
    expect(event).toMatchObject({ errorMessage: "Failed authentication", principalArn: null });
    expect(JSON.parse(event.requestParameters!)).toEqual({ userName: "Alice" });
    const all = JSON.stringify(await t.db.event.findMany());
    expect(all).not.toContain("Secret-guess-9");
    expect(all).not.toContain("Root-pass-1");
  });
});

describe("console sessions", () => {
  it("are refused once signed out or expired", async () => {
    const principal = (await getPrincipal(t.db, accountId, null))!;
    const id = await createConsoleSession(t.db, { principal, now });
    expect(await findActiveSession(t.db, id, now)).toMatchObject({ id, accountId, userId: null });
    expect(await findActiveSession(t.db, id, new Date(now.getTime() + SESSION_TTL_MS))).toBeNull();
    await revokeSession(t.db, id, now);
    expect(await findActiveSession(t.db, id, now)).toBeNull();
  });
});
