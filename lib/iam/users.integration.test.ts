import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isForeignKeyViolation } from "@/lib/db/types";
import { codeAtStep, timeStepAt } from "@/lib/mfa/totp";
import { iamError, newAccount, newUser, storedEvents } from "@/test/support/iam-fixtures";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { createUser } from "./create-user";
import { deactivateMfaDevice } from "./deactivate-mfa-device";
import { deleteUser } from "./delete-user";
import { enableMfaDevice } from "./enable-mfa-device";
import { getUser } from "./get-user";
import { listUsers } from "./list-users";
import type { Principal } from "./principal";
import type { IamSettings } from "./settings";
import { startVirtualMfaSetup } from "./start-virtual-mfa-setup";

let t: Awaited<ReturnType<typeof createTestDb>>;
let root: Principal;
let admin: Principal;
let bob: Principal;
let otherRoot: Principal;

const now = new Date("2021-03-11T09:00:00Z");
const settings: IamSettings = { encryptionKey: randomBytes(32), mfaDevicesPerUser: 1 };
const PASSWORD = "Bob-pass-2021";

const userRow = (accountId: string, name: string) =>
  t.db.user.findUnique({ where: { accountId_nameKey: { accountId, nameKey: name.toLowerCase() } } });

/** Assigns `userName` a device through the wizard's two steps, as an administrator does. */
async function assignDevice(actor: Principal, userName: string) {
  const device = await startVirtualMfaSetup(t.db, { actor, userName, settings, now, context: TEST_CONTEXT });
  const s = timeStepAt(now);
  await enableMfaDevice(t.db, {
    actor,
    userName,
    serialNumber: device.serialNumber,
    code1: codeAtStep(device.seed, s - 1),
    code2: codeAtStep(device.seed, s),
    settings,
    now,
    context: TEST_CONTEXT,
  });
  return device;
}

/** A console session, a pending MFA sign-in and STS session credentials of `user`, as sign-ins leave them. */
async function signInTraces(user: Principal) {
  const base = { accountId: user.accountId, userId: user.userId, createdAt: now, expiresAt: new Date(now.getTime() + 3_600_000) };
  await t.db.consoleSession.create({ data: { id: `session-${user.userId}`, ...base } });
  await t.db.signInChallenge.create({ data: { id: `challenge-${user.userId}`, tokenHash: `hash-${user.userId}`, ...base } });
  await t.db.temporaryCredential.create({ data: { id: `ASIA${user.userId}`, secretCiphertext: "v1:x", sessionTokenHash: `token-${user.userId}`, ...base } });
}

beforeAll(async () => {
  t = await createTestDb();
  root = await newAccount(t.db, "users-owner@example.com", now);
  admin = await newUser(t.db, root, "Admin", now, { isAdmin: true, password: PASSWORD });
  bob = await newUser(t.db, root, "Bob", now, { password: PASSWORD });
  otherRoot = await newAccount(t.db, "users-other@example.com", now);
});
afterAll(() => t.close());

describe("createUser", () => {
  it("lets the root user and administrators create users, with the user's ARN, a hashed password and both events", async () => {
    const created = await createUser(t.db, {
      accountId: admin.accountId,
      userName: "Carol",
      path: "/lab/",
      password: PASSWORD,
      actor: admin,
      now,
      context: TEST_CONTEXT,
    });
    expect(created).toMatchObject({ userName: "Carol", path: "/lab/", arn: `arn:aws:iam::${root.accountId}:user/lab/Carol` });
    expect(created.userId).toMatch(/^AIDA[A-Z2-7]{17}$/);
    const row = await userRow(root.accountId, "Carol");
    expect(row).toMatchObject({ passwordSetAt: now });
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    const events = (await storedEvents(t.db, root.accountId)).filter((event) => event.requestParameters?.includes('"Carol"'));
    expect(events.map((event) => event.eventName).sort()).toEqual(["CreateLoginProfile", "CreateUser"]);
    expect(events.every((event) => event.principalArn === admin.arn)).toBe(true);
    expect(JSON.stringify(events)).not.toContain(PASSWORD);
  });

  it("refuses a name taken in any case with EntityAlreadyExists, and a non-administrator with AccessDenied, writing nothing", async () => {
    const eventsBefore = (await storedEvents(t.db, root.accountId)).length;
    const taken = await iamError(createUser(t.db, { accountId: root.accountId, userName: "BOB", actor: root, now, context: TEST_CONTEXT }));
    expect({ code: taken.code, message: taken.message }).toEqual({ code: "EntityAlreadyExists", message: "User with name BOB already exists." });

    const denied = await iamError(createUser(t.db, { accountId: root.accountId, userName: "Mallory", actor: bob, now, context: TEST_CONTEXT }));
    expect(denied.code).toBe("AccessDenied");
    expect(denied.message).toContain("iam:CreateUser");
    const elsewhere = await iamError(createUser(t.db, { accountId: otherRoot.accountId, userName: "Mallory", actor: root, now, context: TEST_CONTEXT }));
    expect(elsewhere.code).toBe("AccessDenied");

    expect(await userRow(root.accountId, "Mallory")).toBeNull();
    expect(await userRow(otherRoot.accountId, "Mallory")).toBeNull();
    expect((await storedEvents(t.db, root.accountId)).length).toBe(eventsBefore);
  });
});

describe("getUser and listUsers", () => {
  it("show administrators any user and other users only themselves", async () => {
    expect(await getUser(t.db, { actor: admin, userName: "bob" })).toMatchObject({
      userName: "Bob",
      arn: bob.arn,
      userId: bob.userId,
      path: "/",
      administrator: false,
      loginProfile: { createDate: now },
    });
    expect((await getUser(t.db, { actor: bob, userName: "Bob" })).userName).toBe("Bob");
    expect((await iamError(getUser(t.db, { actor: bob, userName: "Admin" }))).code).toBe("AccessDenied");
    // Denied before the name is looked up: a non-administrator cannot tell which names exist.
    expect((await iamError(getUser(t.db, { actor: bob, userName: "Nobody" }))).code).toBe("AccessDenied");
    const missing = await iamError(getUser(t.db, { actor: root, userName: "Nobody" }));
    expect({ code: missing.code, message: missing.message }).toEqual({ code: "NoSuchEntity", message: "The user with name Nobody cannot be found." });
    expect((await iamError(getUser(t.db, { actor: otherRoot, userName: "Bob" }))).code).toBe("NoSuchEntity");
  });

  it("list the account's users for administrators only", async () => {
    const names = (await listUsers(t.db, { actor: admin })).map((user) => user.userName);
    expect(names).toEqual(expect.arrayContaining(["Admin", "Bob"]));
    expect(await listUsers(t.db, { actor: otherRoot })).toEqual([]);
    expect((await iamError(listUsers(t.db, { actor: bob }))).code).toBe("AccessDenied");
  });
});

describe("deleteUser", () => {
  it("is refused with AWS's DeleteConflict while the user has an MFA device, then succeeds once it is removed", async () => {
    const dave = await newUser(t.db, root, "Dave", now, { password: PASSWORD });
    const device = await assignDevice(root, "Dave");

    const conflict = await iamError(deleteUser(t.db, { actor: root, userName: "Dave", deleteCredentials: true, now, context: TEST_CONTEXT }));
    expect({ code: conflict.code, message: conflict.message }).toEqual({
      code: "DeleteConflict",
      message: "Cannot delete entity, must delete MFA device first.",
    });
    expect(conflict.status).toBe(409);
    expect(await userRow(root.accountId, "Dave")).not.toBeNull();
    const refused = (await storedEvents(t.db, root.accountId)).filter((event) => event.eventName === "DeleteUser");
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ errorCode: "DeleteConflict", errorMessage: conflict.message, requestParameters: '{"userName":"Dave"}' });
    expect(await t.db.event.count({ where: { accountId: root.accountId, eventName: "DeleteLoginProfile" } })).toBe(0);

    await deactivateMfaDevice(t.db, { actor: root, userName: "Dave", serialNumber: device.serialNumber, now, context: TEST_CONTEXT });
    await deleteUser(t.db, { actor: root, userName: "dave", deleteCredentials: true, now, context: TEST_CONTEXT });
    expect(await userRow(root.accountId, "Dave")).toBeNull();
    // The deactivated device was made by the wizard for Dave and is unassigned now: it goes with him.
    expect(await t.db.mfaDevice.findUnique({ where: { serialNumber: device.serialNumber } })).toBeNull();
    const events = await storedEvents(t.db, root.accountId);
    const about = (parameters: object) => events.filter((event) => event.requestParameters === JSON.stringify(parameters)).map((event) => event.eventName);
    expect(about({ userName: dave.userName })).toEqual(expect.arrayContaining(["DeleteLoginProfile", "DeleteUser"]));
    expect(about({ serialNumber: device.serialNumber })).toContain("DeleteVirtualMFADevice");
  });

  it("takes the user's sessions, pending sign-ins, STS credentials, access keys and the wizard's unassigned device with it, and records each deletion", async () => {
    const erin = await newUser(t.db, root, "Erin", now, { password: PASSWORD });
    const bystander = await newUser(t.db, root, "Frank", now, { password: PASSWORD });
    await signInTraces(erin);
    await signInTraces(bystander);
    const leftover = await startVirtualMfaSetup(t.db, { actor: admin, userName: "Erin", settings, now, context: TEST_CONTEXT });
    await t.db.accessKey.create({
      data: { id: "AKIAERINERINERIN0001", accountId: root.accountId, userId: erin.userId, secretCiphertext: "v1:x", createdAt: now },
    });

    await deleteUser(t.db, { actor: admin, userName: "Erin", deleteCredentials: true, now, context: TEST_CONTEXT });
    expect(await userRow(root.accountId, "Erin")).toBeNull();
    expect(await t.db.consoleSession.count({ where: { userId: erin.userId } })).toBe(0);
    expect(await t.db.signInChallenge.count({ where: { userId: erin.userId } })).toBe(0);
    expect(await t.db.temporaryCredential.count({ where: { userId: erin.userId } })).toBe(0);
    expect(await t.db.accessKey.count({ where: { userId: erin.userId } })).toBe(0);
    expect(await t.db.mfaDevice.findUnique({ where: { serialNumber: leftover.serialNumber } })).toBeNull();
    // Nobody else's.
    expect(await t.db.consoleSession.count({ where: { userId: bystander.userId } })).toBe(1);
    expect(await t.db.signInChallenge.count({ where: { userId: bystander.userId } })).toBe(1);
    expect(await t.db.temporaryCredential.count({ where: { userId: bystander.userId } })).toBe(1);

    const names = (await storedEvents(t.db, root.accountId))
      .filter((event) => event.principalArn === admin.arn && /Erin|AKIAERIN/.test(event.requestParameters ?? ""))
      .map((event) => event.eventName);
    expect(names).toEqual(expect.arrayContaining(["CreateVirtualMFADevice", "DeleteVirtualMFADevice", "DeleteAccessKey", "DeleteLoginProfile", "DeleteUser"]));
  });

  it("as the API's DeleteUser, refuses a user who still has a password or access keys", async () => {
    await newUser(t.db, root, "Gina", now, { password: PASSWORD, policies: false });
    const loginProfile = await iamError(deleteUser(t.db, { actor: root, userName: "Gina", now, context: TEST_CONTEXT }));
    expect({ code: loginProfile.code, message: loginProfile.message }).toEqual({
      code: "DeleteConflict",
      message: "Cannot delete entity, must delete login profile first.",
    });
    const hank = await newUser(t.db, root, "Hank", now, { policies: false });
    await t.db.accessKey.create({ data: { id: "AKIAHANKHANKHANK0001", accountId: root.accountId, userId: hank.userId, secretCiphertext: "v1:x", createdAt: now } });
    const keys = await iamError(deleteUser(t.db, { actor: root, userName: "Hank", now, context: TEST_CONTEXT }));
    expect(keys.message).toBe("Cannot delete entity, must delete access keys first.");
    expect(await userRow(root.accountId, "Gina")).not.toBeNull();
    expect(await userRow(root.accountId, "Hank")).not.toBeNull();

    await newUser(t.db, root, "Ivy", now, { policies: false });
    await deleteUser(t.db, { actor: root, userName: "Ivy", now, context: TEST_CONTEXT });
    expect(await userRow(root.accountId, "Ivy")).toBeNull();
  });

  it("refuses non-administrators, even for themselves, unknown names and other accounts' users, changing nothing", async () => {
    await signInTraces(bob);
    const before = await storedEvents(t.db, root.accountId);
    for (const userName of ["Bob", "Admin", "Nobody"]) {
      const denied = await iamError(deleteUser(t.db, { actor: bob, userName, deleteCredentials: true, now, context: TEST_CONTEXT }));
      expect(denied.code, userName).toBe("AccessDenied");
    }
    const missing = await iamError(deleteUser(t.db, { actor: root, userName: "Nobody", deleteCredentials: true, now, context: TEST_CONTEXT }));
    expect({ code: missing.code, message: missing.message }).toEqual({ code: "NoSuchEntity", message: "The user with name Nobody cannot be found." });
    const foreign = await iamError(deleteUser(t.db, { actor: otherRoot, userName: "Bob", deleteCredentials: true, now, context: TEST_CONTEXT }));
    expect(foreign.code).toBe("NoSuchEntity");

    expect(await userRow(root.accountId, "Bob")).not.toBeNull();
    expect(await t.db.consoleSession.count({ where: { userId: bob.userId } })).toBe(1);
    // Each refusal is on record, as CloudTrail records it; nothing else was written.
    const added = (await storedEvents(t.db, root.accountId)).filter((event) => !before.some((old) => old.id === event.id));
    expect(added.map((event) => `${event.eventName} ${event.userName ?? "root"} ${event.errorCode}`).sort()).toEqual([
      "DeleteUser Bob AccessDenied",
      "DeleteUser Bob AccessDenied",
      "DeleteUser Bob AccessDenied",
      "DeleteUser root NoSuchEntity",
    ]);
  });

  it("relies on the database to refuse deleting a user whose device was assigned after the check", async () => {
    const jo = await newUser(t.db, root, "Jo", now);
    await assignDevice(root, "Jo");
    const error = await t.db.user.delete({ where: { id: jo.userId! } }).catch((e: unknown) => e);
    expect(isForeignKeyViolation(error)).toBe(true);
    expect(await userRow(root.accountId, "Jo")).not.toBeNull();
  });
});
