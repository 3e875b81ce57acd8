import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConsoleSession } from "@/lib/auth/console-session";
import { verifyPasswordSignIn } from "@/lib/auth/password-sign-in";
import { DEMO_ACCOUNT } from "@/lib/demo";
import { seed } from "@/prisma/seed";
import { iamError, newAccount, ROOT_PASSWORD, storedEvents } from "@/test/support/iam-fixtures";
import { populateAccount, rowCounts } from "@/test/support/populated-account";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { getPrincipal } from "./get-principal";
import { hasAssignedMfa } from "./mfa-devices";
import type { Principal } from "./principal";
import { changePassword } from "./change-password";
import { resetAccount } from "./reset-account";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const created = new Date("2021-01-20T02:05:52Z");
const later = new Date("2021-01-20T05:00:00Z");

const accountRow = (accountId: string) => t.db.account.findUniqueOrThrow({ where: { id: accountId } });

/** What the demo account holds that a learner can change, in a form two states can be compared by. */
async function demoState() {
  const accountId = DEMO_ACCOUNT.accountId;
  const account = await accountRow(accountId);
  const users = await t.db.user.findMany({ where: { accountId }, orderBy: { nameKey: "asc" }, include: { policyAttachments: { select: { policyArn: true } } } });
  // The resetting root user's session stays; the seed made none.
  const { events, consoleSessions: _sessions, ...rows } = await rowCounts(t.db, accountId);
  // The history starts with CreateAccount after the seed, with ResetAccount after a reset.
  const eventNames = (await storedEvents(t.db, accountId))
    .map((event) => event.eventName)
    .filter((name) => name !== "CreateAccount" && name !== "ResetAccount");
  return {
    alias: account.alias,
    requireMfaForApi: account.requireMfaForApi,
    users: users.map((user) => ({ name: user.name, path: user.path, arn: user.arn, isAdmin: user.policyAttachments.some((a) => a.policyArn.endsWith(":policy/AdministratorAccess")), hasPassword: user.passwordHash !== null })),
    rows,
    eventNames: eventNames.sort(),
    events,
  };
}

describe("resetAccount", () => {
  it("returns a sandbox to its starting state, keeping the root login and the caller's session, and records ResetAccount", async () => {
    const root = await newAccount(t.db, "reset-me@example.com", created);
    const { bob } = await populateAccount(t.db, root, created);
    const callerSession = await createConsoleSession(t.db, { principal: root, now: created, mfaAuthenticatedAt: created });
    await createConsoleSession(t.db, { principal: root, now: created });
    const neighbour = await newAccount(t.db, "neighbour@example.com", created);
    await populateAccount(t.db, neighbour, created);
    const neighbourBefore = await rowCounts(t.db, neighbour.accountId);
    const before = await accountRow(root.accountId);
    expect(before).toMatchObject({ alias: `lab-${root.accountId}`, requireMfaForApi: true });
    expect(Object.values(await rowCounts(t.db, root.accountId)).every((count) => count > 0)).toBe(true);

    await resetAccount(t.db, { actor: root, keepSessionId: callerSession, now: later, context: TEST_CONTEXT });

    expect(await rowCounts(t.db, root.accountId)).toEqual({
      users: 0,
      mfaDevices: 0,
      mfaDeviceTags: 0,
      accessKeys: 0,
      temporaryCredentials: 0,
      signInChallenges: 0,
      consoleSessions: 1,
      events: 1,
      userTags: 0,
      signingCertificates: 0,
      sshPublicKeys: 0,
      serviceSpecificCredentials: 0,
      passwordHistory: 0,
      passwordPolicies: 0,
      credentialReports: 0,
    });
    expect(await t.db.consoleSession.findMany({ where: { accountId: root.accountId }, select: { id: true, revokedAt: true } })).toEqual([
      { id: callerSession, revokedAt: null },
    ]);
    const after = await accountRow(root.accountId);
    expect(after).toMatchObject({
      alias: null,
      requireMfaForApi: false,
      rootEmail: before.rootEmail,
      rootPasswordHash: before.rootPasswordHash,
      name: before.name,
      createdAt: before.createdAt,
    });
    const [event] = await storedEvents(t.db, root.accountId);
    expect(event).toMatchObject({
      eventName: "ResetAccount",
      eventSource: "iam.amazonaws.com",
      eventTime: later,
      userType: "Root",
      principalArn: `arn:aws:iam::${root.accountId}:root`,
      sourceIpAddress: TEST_CONTEXT.sourceIp,
      errorCode: null,
    });

    // The root user signs in with the same password, and no device asks for a code.
    const signedIn = await verifyPasswordSignIn(
      t.db,
      { kind: "root", email: "reset-me@example.com", password: ROOT_PASSWORD },
      { now: later, context: TEST_CONTEXT },
    );
    expect(signedIn?.isRoot).toBe(true);
    expect(await hasAssignedMfa(t.db, root.accountId, { kind: "root" })).toBe(false);
    expect(await getPrincipal(t.db, root.accountId, bob.userId)).toBeNull();
    // Other accounts keep everything.
    expect(await rowCounts(t.db, neighbour.accountId)).toEqual(neighbourBefore);
    expect((await accountRow(neighbour.accountId)).alias).toBe(`lab-${neighbour.accountId}`);
  });

  it("gives the demo account back its seeded users, alias and published root password", async () => {
    await seed(t.url);
    const seeded = await demoState();
    expect(seeded).toMatchObject({
      alias: DEMO_ACCOUNT.alias,
      users: [
        { name: DEMO_ACCOUNT.admin.userName, isAdmin: true, hasPassword: true },
        { name: DEMO_ACCOUNT.user.userName, isAdmin: false, hasPassword: true },
      ],
    });
    const root = (await getPrincipal(t.db, DEMO_ACCOUNT.accountId, null))!;
    await populateAccount(t.db, root, created);
    const session = await createConsoleSession(t.db, { principal: root, now: created, mfaAuthenticatedAt: created });
    await changePassword(t.db, { actor: root, oldPassword: DEMO_ACCOUNT.root.password, newPassword: "Changed-by-a-learner-1", now: created, context: TEST_CONTEXT });
    expect(await demoState()).not.toEqual(seeded);

    await resetAccount(t.db, { actor: root, keepSessionId: session, now: later, context: TEST_CONTEXT });

    expect(await demoState()).toEqual(seeded);
    const events = await storedEvents(t.db, DEMO_ACCOUNT.accountId);
    expect(events.filter((event) => event.eventName === "ResetAccount")).toHaveLength(1);
    expect(events.every((event) => event.eventTime.getTime() === later.getTime())).toBe(true);
    const rootSignIn = await verifyPasswordSignIn(
      t.db,
      { kind: "root", email: DEMO_ACCOUNT.root.email, password: DEMO_ACCOUNT.root.password },
      { now: later, context: TEST_CONTEXT },
    );
    expect(rootSignIn?.isRoot, "the published root password works again").toBe(true);
    for (const { userName, password } of [DEMO_ACCOUNT.admin, DEMO_ACCOUNT.user]) {
      const signedIn = await verifyPasswordSignIn(
        t.db,
        { kind: "iam", account: DEMO_ACCOUNT.alias, userName, password },
        { now: later, context: TEST_CONTEXT },
      );
      expect(signedIn?.userName, userName).toBe(userName);
    }
  });

  it("refuses everyone but the root user, administrators included, and changes nothing", async () => {
    const root = await newAccount(t.db, "keep-me@example.com", created);
    const { admin, bob } = await populateAccount(t.db, root, created);
    const before = await rowCounts(t.db, root.accountId);
    const account = await accountRow(root.accountId);
    for (const actor of [admin, bob] satisfies Principal[]) {
      const session = await createConsoleSession(t.db, { principal: actor, now: created });
      const error = await iamError(resetAccount(t.db, { actor, keepSessionId: session, now: later, context: TEST_CONTEXT }));
      expect({ code: error.code, message: error.message }).toEqual({
        code: "AccessDenied",
        message: `User: ${actor.arn} is not authorized to perform: iam:ResetAccount on resource: * because no identity-based policy allows the iam:ResetAccount action`,
      });
    }
    expect(await rowCounts(t.db, root.accountId)).toEqual({ ...before, consoleSessions: before.consoleSessions + 2 });
    expect(await accountRow(root.accountId)).toEqual(account);
  });
});
