import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decryptSecret } from "@/lib/mfa/secret-crypto";
import { codeAtStep, TOTP_STEP_SECONDS, timeStepAt } from "@/lib/mfa/totp";
import { dumpAllRows, queryRaw, tableNames } from "@/test/support/raw-sql";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { createAccount } from "./create-account";
import { createUser } from "./create-user";
import { createVirtualMfaDevice } from "./create-virtual-mfa-device";
import { deactivateMfaDevice } from "./deactivate-mfa-device";
import { deleteVirtualMfaDevice } from "./delete-virtual-mfa-device";
import { enableMfaDevice } from "./enable-mfa-device";
import { IamError } from "./errors";
import { getAccountSummary } from "./get-account-summary";
import { getPrincipal } from "./get-principal";
import { signedInWithMfa } from "@/test/support/iam-fixtures";
import { listMfaDevices } from "./list-mfa-devices";
import type { Principal } from "./principal";
import { resyncMfaDevice } from "./resync-mfa-device";
import type { IamSettings } from "./settings";
import { startVirtualMfaSetup } from "./start-virtual-mfa-setup";

let t: Awaited<ReturnType<typeof createTestDb>>;
let accountId: string;
let root: Principal;
let otherAccountRoot: Principal;

const settings: IamSettings = { encryptionKey: randomBytes(32), mfaDevicesPerUser: 1 };
const now = new Date("2021-01-20T02:12:40Z");
/** The current TOTP step at `now`. */
const s = timeStepAt(now);
/** `now` moved `steps` TOTP steps on. */
const stepsLater = (steps: number) => new Date(now.getTime() + steps * TOTP_STEP_SECONDS * 1000);
/** A device's codes for steps `first` and `first + 1`. */
const codesFrom = (seed: string, first: number) => ({ code1: codeAtStep(seed, first), code2: codeAtStep(seed, first + 1) });
/** A well-formed code that is not `code`. */
const otherThan = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");
const INVALID_CODE_MESSAGE = "Authentication code for device is not valid.";

async function newAccount(email: string): Promise<Principal> {
  const created = await createAccount(t.db, { email, accountName: "MFA lab", password: "Root-pass-1", now, context: TEST_CONTEXT });
  return (await getPrincipal(t.db, created.accountId, null))!;
}

async function newUser(userName: string, options: { isAdmin?: boolean; actor?: Principal } = {}): Promise<Principal> {
  const actor = options.actor ?? root;
  const { userId } = await createUser(t.db, {
    accountId: actor.accountId,
    userName,
    administrator: options.isAdmin ?? false,
    actor,
    now,
    context: TEST_CONTEXT,
  });
  return signedInWithMfa((await getPrincipal(t.db, actor.accountId, userId))!, now);
}

/** The IamError a call fails with; fails the test if it succeeds or throws anything else. */
async function iamError(promise: Promise<unknown>): Promise<IamError> {
  const error = await promise.then(
    () => new Error("expected the call to fail with an IamError, but it succeeded"),
    (e: unknown) => e,
  );
  if (!(error instanceof IamError)) throw error;
  return error;
}

/** Opens the wizard for `actor` (or for `userName`) and assigns the device with the codes of steps s-1 and s. */
async function setUpAndEnable(actor: Principal, userName?: string) {
  const device = await startVirtualMfaSetup(t.db, { actor, userName, settings, now, context: TEST_CONTEXT });
  await enableMfaDevice(t.db, {
    actor,
    userName,
    serialNumber: device.serialNumber,
    ...codesFrom(device.seed, s - 1),
    settings,
    now,
    context: TEST_CONTEXT,
  });
  return device;
}

const findDeviceRow = (serialNumber: string) => t.db.mfaDevice.findUnique({ where: { serialNumber } });

/** Every row of every table, as SQLite stores it, serialised to one string. */
async function dumpDatabase(): Promise<string> {
  expect(await tableNames(t)).toEqual(expect.arrayContaining(["MfaDevice", "Event", "Account", "User"]));
  return dumpAllRows(t);
}

/** The stored Event rows about one device, read raw from SQLite. */
async function storedEventsFor(serialNumber: string): Promise<Record<string, unknown>[]> {
  return queryRaw<Record<string, unknown>>(t, 
    `SELECT * FROM "Event" WHERE "requestParameters" LIKE ? ORDER BY "eventTime"`,
    `%${JSON.stringify(serialNumber).slice(1, -1)}%`,
  );
}

/** Whether `text` holds `code` as a number of its own (not as part of a longer digit run, like an account id). */
const holdsCode = (text: string, code: string) => new RegExp(`(?<!\\d)${code}(?!\\d)`).test(text);

beforeAll(async () => {
  t = await createTestDb();
  root = await newAccount("mfa-owner@example.com");
  accountId = root.accountId;
  otherAccountRoot = await newAccount("someone-else@example.com");
});
afterAll(() => t.close());

describe("startVirtualMfaSetup", () => {
  it("creates the root user's device as root-account-mfa-device and an IAM user's device named after the user, each with a 64-character base32 seed in its otpauth URI", async () => {
    const rootDevice = await startVirtualMfaSetup(t.db, { actor: root, settings, now, context: TEST_CONTEXT });
    expect(rootDevice.serialNumber).toBe(`arn:aws:iam::${accountId}:mfa/root-account-mfa-device`);
    expect(rootDevice.seed).toMatch(/^[A-Z2-7]{64}$/);
    const rootUri = new URL(rootDevice.otpauthUri);
    expect(rootUri.protocol).toBe("otpauth:");
    expect(rootUri.host).toBe("totp");
    expect(rootUri.searchParams.get("secret")).toBe(rootDevice.seed);
    expect(rootUri.searchParams.get("issuer")).toBe("Amazon Web Services");
    expect(decodeURIComponent(rootUri.pathname)).toContain(`root-account-mfa-device@${accountId}`);

    const alice = await newUser("Alice");
    const aliceDevice = await startVirtualMfaSetup(t.db, { actor: alice, settings, now, context: TEST_CONTEXT });
    expect(aliceDevice.serialNumber).toBe(`arn:aws:iam::${accountId}:mfa/Alice`);
    expect(aliceDevice.seed).toMatch(/^[A-Z2-7]{64}$/);
    expect(aliceDevice.seed).not.toBe(rootDevice.seed);
    expect(new URL(aliceDevice.otpauthUri).searchParams.get("secret")).toBe(aliceDevice.seed);
    expect(decodeURIComponent(new URL(aliceDevice.otpauthUri).pathname)).toContain(`Alice@${accountId}`);

    // Both are created unassigned, remembered as the wizard's devices for their principal.
    expect(await findDeviceRow(rootDevice.serialNumber)).toMatchObject({
      accountId,
      name: "root-account-mfa-device",
      userId: null,
      assignedToRoot: false,
      enabledAt: null,
      lastUsedStep: null,
      createdByWizardOf: "root",
    });
    expect(await findDeviceRow(aliceDevice.serialNumber)).toMatchObject({
      name: "Alice",
      userId: null,
      assignedToRoot: false,
      createdBy: alice.userId,
      createdByWizardOf: alice.userId,
    });
  });

  it("stores the seed only encrypted: no column of any row of any table holds it, and the key decrypts it back", async () => {
    const bea = await newUser("Bea");
    const device = await setUpAndEnable(bea);
    const dump = await dumpDatabase();
    expect(dump).not.toContain(device.seed);
    expect(dump).not.toContain(device.seed.toLowerCase());

    const rows = await queryRaw<{ seedCiphertext: string }>(t, 
      `SELECT * FROM "MfaDevice" WHERE "serialNumber" = ?`,
      device.serialNumber,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].seedCiphertext).toMatch(/^v1:/);
    expect(decryptSecret(rows[0].seedCiphertext, settings.encryptionKey)).toBe(device.seed);
    expect(() => decryptSecret(rows[0].seedCiphertext, randomBytes(32))).toThrow();
  });
});

describe("enableMfaDevice", () => {
  it("assigns a device after the codes of the previous and the current step and records an event without the codes", async () => {
    const rootDevice = await startVirtualMfaSetup(t.db, { actor: root, settings, now, context: TEST_CONTEXT });
    const rootCodes = codesFrom(rootDevice.seed, s - 1);
    await enableMfaDevice(t.db, { actor: root, serialNumber: rootDevice.serialNumber, ...rootCodes, settings, now, context: TEST_CONTEXT });
    expect(await findDeviceRow(rootDevice.serialNumber)).toMatchObject({
      assignedToRoot: true,
      userId: null,
      enabledAt: now,
      lastUsedStep: s,
      failedAttempts: 0,
      lockedUntil: null,
    });

    const cleo = await newUser("Cleo");
    const cleoDevice = await startVirtualMfaSetup(t.db, { actor: cleo, settings, now, context: TEST_CONTEXT });
    const cleoCodes = codesFrom(cleoDevice.seed, s - 1);
    await enableMfaDevice(t.db, { actor: cleo, serialNumber: cleoDevice.serialNumber, ...cleoCodes, settings, now, context: TEST_CONTEXT });
    expect(await findDeviceRow(cleoDevice.serialNumber)).toMatchObject({
      assignedToRoot: false,
      userId: cleo.userId,
      enabledAt: now,
      lastUsedStep: s,
    });

    for (const [device, codes, principal] of [
      [rootDevice, rootCodes, root],
      [cleoDevice, cleoCodes, cleo],
    ] as const) {
      const events = (await storedEventsFor(device.serialNumber)).filter((event) => event.eventName === "EnableMFADevice");
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        accountId,
        eventSource: "iam.amazonaws.com",
        principalArn: principal.arn,
        errorCode: null,
        errorMessage: null,
        sourceIpAddress: TEST_CONTEXT.sourceIp,
      });
      expect(JSON.parse(events[0].requestParameters as string)).toEqual({
        userName: principal.userName,
        serialNumber: device.serialNumber,
      });
      const stored = JSON.stringify(events, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
      expect(holdsCode(stored, codes.code1), "code 1 in the event").toBe(false);
      expect(holdsCode(stored, codes.code2), "code 2 in the event").toBe(false);
    }
  });

  it("rejects wrong, malformed, identical, reversed and non-consecutive codes, assigns nothing and records each failure", async () => {
    const dana = await newUser("Dana");
    const device = await startVirtualMfaSetup(t.db, { actor: dana, settings, now, context: TEST_CONTEXT });
    const { code1, code2 } = codesFrom(device.seed, s - 1);
    const attempts = {
      "wrong code 1": { code1: otherThan(code1), code2 },
      "wrong code 2": { code1, code2: otherThan(code2) },
      malformed: { code1: "12345a", code2 },
      identical: { code1: code2, code2 },
      reversed: { code1: code2, code2: code1 },
      "with a step between them": { code1: codeAtStep(device.seed, s - 2), code2 },
      "two steps old": codesFrom(device.seed, s - 3),
      "from the future": codesFrom(device.seed, s),
    };
    for (const [label, codes] of Object.entries(attempts)) {
      const error = await iamError(
        enableMfaDevice(t.db, { actor: dana, serialNumber: device.serialNumber, ...codes, settings, now, context: TEST_CONTEXT }),
      );
      expect({ code: error.code, message: error.message }, label).toEqual({
        code: "InvalidAuthenticationCode",
        message: INVALID_CODE_MESSAGE,
      });
    }
    expect(await findDeviceRow(device.serialNumber)).toMatchObject({
      userId: null,
      assignedToRoot: false,
      enabledAt: null,
      lastUsedStep: null,
    });
    expect(await t.db.mfaDevice.count({ where: { userId: dana.userId } })).toBe(0);

    const events = (await storedEventsFor(device.serialNumber)).filter((event) => event.eventName === "EnableMFADevice");
    expect(events).toHaveLength(Object.keys(attempts).length);
    for (const event of events) {
      expect(event).toMatchObject({ errorCode: "InvalidAuthenticationCode", errorMessage: INVALID_CODE_MESSAGE, principalArn: dana.arn });
    }
    const stored = JSON.stringify(events);
    for (const codes of Object.values(attempts)) {
      expect(holdsCode(stored, codes.code2), "a typed code in the failed events").toBe(false);
      if (/^\d{6}$/.test(codes.code1)) expect(holdsCode(stored, codes.code1), "a typed code in the failed events").toBe(false);
    }
  });

  it("refuses the codes that assigned a device once it is deactivated (replay), and accepts later codes", async () => {
    const evan = await newUser("Evan");
    const device = await setUpAndEnable(evan);
    const spent = codesFrom(device.seed, s - 1);
    await deactivateMfaDevice(t.db, { actor: evan, serialNumber: device.serialNumber, now, context: TEST_CONTEXT });
    expect(await findDeviceRow(device.serialNumber)).toMatchObject({ userId: null, enabledAt: null, lastUsedStep: s });

    const replay = await iamError(
      enableMfaDevice(t.db, { actor: evan, serialNumber: device.serialNumber, ...spent, settings, now, context: TEST_CONTEXT }),
    );
    expect(replay).toMatchObject({ code: "InvalidAuthenticationCode", message: INVALID_CODE_MESSAGE });
    expect(await findDeviceRow(device.serialNumber)).toMatchObject({ userId: null, enabledAt: null, lastUsedStep: s });

    // A step later, the codes of steps s and s+1 are consecutive and current, but step s's code was
    // accepted already (code 2 above): accepting it again would let it be used twice (RFC 6238 §5.2).
    const oneStepOn = stepsLater(1);
    const reusesStepS = await iamError(
      enableMfaDevice(t.db, {
        actor: evan,
        serialNumber: device.serialNumber,
        ...codesFrom(device.seed, s),
        settings,
        now: oneStepOn,
        context: TEST_CONTEXT,
      }),
    );
    expect(reusesStepS).toMatchObject({ code: "InvalidAuthenticationCode", message: INVALID_CODE_MESSAGE });

    // Two codes the device never gave before work.
    const twoStepsOn = stepsLater(2);
    await enableMfaDevice(t.db, {
      actor: evan,
      serialNumber: device.serialNumber,
      ...codesFrom(device.seed, s + 1),
      settings,
      now: twoStepsOn,
      context: TEST_CONTEXT,
    });
    expect(await findDeviceRow(device.serialNumber)).toMatchObject({ userId: evan.userId, enabledAt: twoStepsOn, lastUsedStep: s + 2 });
  });

  it("limits a principal to mfaDevicesPerUser assigned devices, in the wizard and in enableMfaDevice, and names further devices -2", async () => {
    const finn = await newUser("Finn", { isAdmin: true });
    const first = await setUpAndEnable(finn);

    const wizard = await iamError(startVirtualMfaSetup(t.db, { actor: finn, settings, now, context: TEST_CONTEXT }));
    expect(wizard).toMatchObject({ code: "LimitExceeded", message: "Cannot exceed quota for MFADevicesPerUser: 1" });

    const extra = await createVirtualMfaDevice(t.db, { actor: finn, name: "Finn-3", settings, now, context: TEST_CONTEXT });
    const later = stepsLater(2);
    const enable = await iamError(
      enableMfaDevice(t.db, {
        actor: finn,
        serialNumber: extra.serialNumber,
        ...codesFrom(extra.seed, s + 1),
        settings,
        now: later,
        context: TEST_CONTEXT,
      }),
    );
    expect(enable).toMatchObject({ code: "LimitExceeded", message: "Cannot exceed quota for MFADevicesPerUser: 1" });
    expect(await findDeviceRow(extra.serialNumber)).toMatchObject({ userId: null, assignedToRoot: false, enabledAt: null });
    expect(await t.db.mfaDevice.count({ where: { userId: finn.userId } })).toBe(1);

    const two: IamSettings = { ...settings, mfaDevicesPerUser: 2 };
    const second = await startVirtualMfaSetup(t.db, { actor: finn, settings: two, now: later, context: TEST_CONTEXT });
    expect(second.serialNumber).toBe(`arn:aws:iam::${accountId}:mfa/Finn-2`);
    await enableMfaDevice(t.db, {
      actor: finn,
      serialNumber: second.serialNumber,
      ...codesFrom(second.seed, s + 1),
      settings: two,
      now: later,
      context: TEST_CONTEXT,
    });
    expect((await listMfaDevices(t.db, { actor: finn })).map((device) => device.serialNumber)).toEqual([
      first.serialNumber,
      second.serialNumber,
    ]);
  });

  it("refuses a device already assigned to another user with EntityAlreadyExists", async () => {
    const gina = await newUser("Gina");
    const hank = await newUser("Hank");
    const device = await setUpAndEnable(gina);
    const error = await iamError(
      enableMfaDevice(t.db, {
        actor: root,
        userName: "Hank",
        serialNumber: device.serialNumber,
        ...codesFrom(device.seed, s + 1),
        settings,
        now: stepsLater(2),
        context: TEST_CONTEXT,
      }),
    );
    expect(error).toMatchObject({ code: "EntityAlreadyExists", message: "MFA Device is already in use." });
    expect(await findDeviceRow(device.serialNumber)).toMatchObject({ userId: gina.userId, enabledAt: now, lastUsedStep: s });
    expect(await t.db.mfaDevice.count({ where: { userId: hank.userId } })).toBe(0);
  });

  it("lets exactly one of two concurrent assignments of the same device win", async () => {
    const oscar = await newUser("Oscar");
    const pat = await newUser("Pat");
    const device = await startVirtualMfaSetup(t.db, { actor: root, userName: "Oscar", settings, now, context: TEST_CONTEXT });
    const codes = codesFrom(device.seed, s - 1);
    const results = await Promise.allSettled(
      ["Oscar", "Pat"].map((userName) =>
        enableMfaDevice(t.db, { actor: root, userName, serialNumber: device.serialNumber, ...codes, settings, now, context: TEST_CONTEXT }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((result) => result.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(IamError);
    expect(rejected[0].reason).toMatchObject({ code: "EntityAlreadyExists", message: "MFA Device is already in use." });

    const row = await findDeviceRow(device.serialNumber);
    const winner = results[0].status === "fulfilled" ? oscar : pat;
    expect(row).toMatchObject({ userId: winner.userId, assignedToRoot: false, lastUsedStep: s });
    const successes = (await storedEventsFor(device.serialNumber)).filter(
      (event) => event.eventName === "EnableMFADevice" && event.errorCode === null,
    );
    expect(successes).toHaveLength(1);
    expect(JSON.parse(successes[0].requestParameters as string)).toMatchObject({ userName: winner.userName });
  });
});

describe("limits under concurrency and name probing", () => {
  it("enableMfaDevice keeps the one-device limit when two devices are assigned to one user at once", async () => {
    await newUser("Quinn");
    const first = await createVirtualMfaDevice(t.db, { actor: root, name: "quinn-a", settings, now, context: TEST_CONTEXT });
    const second = await createVirtualMfaDevice(t.db, { actor: root, name: "quinn-b", settings, now, context: TEST_CONTEXT });
    const results = await Promise.allSettled(
      [first, second].map((device) =>
        enableMfaDevice(t.db, {
          actor: root,
          userName: "Quinn",
          serialNumber: device.serialNumber,
          ...codesFrom(device.seed, s - 1),
          settings,
          now,
          context: TEST_CONTEXT,
        }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "LimitExceeded" });
    const quinn = await t.db.user.findFirstOrThrow({ where: { name: "Quinn" } });
    expect(await t.db.mfaDevice.count({ where: { userId: quinn.id } })).toBe(1);
  });

  it("answers a non-administrator AccessDenied for another user's name whether or not the user exists", async () => {
    const rhonda = await newUser("Rhonda");
    await newUser("Teodor");
    for (const userName of ["Teodor", "no-such-user"]) {
      const error = await iamError(startVirtualMfaSetup(t.db, { actor: rhonda, userName, settings, now, context: TEST_CONTEXT }));
      expect(error.code).toBe("AccessDenied");
    }
    const own = await startVirtualMfaSetup(t.db, { actor: rhonda, userName: "RHONDA", settings, now, context: TEST_CONTEXT });
    expect(own.serialNumber).toMatch(/:mfa\/Rhonda$/);
  });
});

describe("reopening the wizard", () => {
  it("replaces the unassigned device it made before, records the deletion, and keeps devices made outside the wizard", async () => {
    const ivy = await newUser("Ivy");
    const jude = await newUser("Jude");
    const judeDevice = await startVirtualMfaSetup(t.db, { actor: jude, settings, now, context: TEST_CONTEXT });
    const manual = await createVirtualMfaDevice(t.db, { actor: root, name: "Ivy-2", settings, now, context: TEST_CONTEXT });

    const first = await startVirtualMfaSetup(t.db, { actor: ivy, settings, now, context: TEST_CONTEXT });
    const deletionsBefore = (await storedEventsFor(first.serialNumber)).filter((e) => e.eventName === "DeleteVirtualMFADevice");
    expect(deletionsBefore).toHaveLength(0);
    const reopenedAt = stepsLater(1);
    const second = await startVirtualMfaSetup(t.db, { actor: ivy, settings, now: reopenedAt, context: TEST_CONTEXT });

    expect(second.serialNumber).toBe(first.serialNumber);
    expect(second.seed).not.toBe(first.seed);
    const wizardDevices = await t.db.mfaDevice.findMany({ where: { accountId, createdByWizardOf: ivy.userId } });
    expect(wizardDevices).toHaveLength(1);
    expect(wizardDevices[0]).toMatchObject({ serialNumber: second.serialNumber, userId: null, assignedToRoot: false });
    expect(decryptSecret(wizardDevices[0].seedCiphertext!, settings.encryptionKey)).toBe(second.seed);

    const deletions = (await storedEventsFor(first.serialNumber)).filter((e) => e.eventName === "DeleteVirtualMFADevice");
    expect(deletions).toHaveLength(1);
    expect(deletions[0]).toMatchObject({ principalArn: ivy.arn, errorCode: null });
    expect(JSON.parse(deletions[0].requestParameters as string)).toEqual({ serialNumber: first.serialNumber });

    // Not the device made with CreateVirtualMFADevice, nor another user's wizard device.
    expect(await findDeviceRow(manual.serialNumber)).not.toBeNull();
    expect(await findDeviceRow(judeDevice.serialNumber)).not.toBeNull();

    // Only the first device's codes were replaced: the old seed no longer assigns anything.
    const oldCodes = await iamError(
      enableMfaDevice(t.db, {
        actor: ivy,
        serialNumber: second.serialNumber,
        ...codesFrom(first.seed, s),
        settings,
        now: reopenedAt,
        context: TEST_CONTEXT,
      }),
    );
    expect(oldCodes).toMatchObject({ code: "InvalidAuthenticationCode" });
  });
});

describe("deleteVirtualMfaDevice", () => {
  it("refuses an assigned device with DeleteConflict, deletes it once deactivated, and names an unknown serial", async () => {
    const jack = await newUser("Jack");
    const device = await setUpAndEnable(jack);

    const conflict = await iamError(deleteVirtualMfaDevice(t.db, { actor: root, serialNumber: device.serialNumber, now, context: TEST_CONTEXT }));
    expect(conflict).toMatchObject({ code: "DeleteConflict", message: "MFA VirtualDevice in use. Must deactivate first" });
    expect(await findDeviceRow(device.serialNumber)).toMatchObject({ userId: jack.userId });

    await deactivateMfaDevice(t.db, { actor: jack, serialNumber: device.serialNumber, now, context: TEST_CONTEXT });
    expect(await findDeviceRow(device.serialNumber)).toMatchObject({ userId: null, assignedToRoot: false, enabledAt: null });
    await deleteVirtualMfaDevice(t.db, { actor: jack, serialNumber: device.serialNumber, now, context: TEST_CONTEXT });
    expect(await findDeviceRow(device.serialNumber)).toBeNull();
    const events = (await storedEventsFor(device.serialNumber)).map((event) => event.eventName);
    expect(events).toEqual(expect.arrayContaining(["DeactivateMFADevice", "DeleteVirtualMFADevice"]));

    const unknown = `arn:aws:iam::${accountId}:mfa/nobody`;
    const missing = await iamError(deleteVirtualMfaDevice(t.db, { actor: root, serialNumber: unknown, now, context: TEST_CONTEXT }));
    expect(missing).toMatchObject({ code: "NoSuchEntity", message: `MFA Device with serial number ${unknown} does not exist.` });
    const again = await iamError(deleteVirtualMfaDevice(t.db, { actor: root, serialNumber: device.serialNumber, now, context: TEST_CONTEXT }));
    expect(again).toMatchObject({ code: "NoSuchEntity", message: `MFA Device with serial number ${device.serialNumber} does not exist.` });
  });
});

describe("resyncMfaDevice", () => {
  it("accepts two consecutive codes five steps ahead, moves the last used step and clears the lock; spent codes fail", async () => {
    const kate = await newUser("Kate");
    const device = await setUpAndEnable(kate);
    await t.db.mfaDevice.update({
      where: { serialNumber: device.serialNumber },
      data: { failedAttempts: 4, lockedUntil: stepsLater(20) },
    });

    await resyncMfaDevice(t.db, {
      actor: kate,
      serialNumber: device.serialNumber,
      ...codesFrom(device.seed, s + 4),
      settings,
      now,
      context: TEST_CONTEXT,
    });
    expect(await findDeviceRow(device.serialNumber)).toMatchObject({
      userId: kate.userId,
      lastUsedStep: s + 5,
      failedAttempts: 0,
      lockedUntil: null,
    });

    for (const [label, first] of [
      ["the same codes again", s + 4],
      ["code 1 at the last used step", s + 5],
      ["codes before the last used step", s - 1],
    ] as const) {
      const error = await iamError(
        resyncMfaDevice(t.db, {
          actor: kate,
          serialNumber: device.serialNumber,
          ...codesFrom(device.seed, first),
          settings,
          now,
          context: TEST_CONTEXT,
        }),
      );
      expect({ code: error.code, message: error.message }, label).toEqual({
        code: "InvalidAuthenticationCode",
        message: INVALID_CODE_MESSAGE,
      });
    }
    expect(await findDeviceRow(device.serialNumber)).toMatchObject({ lastUsedStep: s + 5 });
    const failures = (await storedEventsFor(device.serialNumber)).filter(
      (event) => event.eventName === "ResyncMFADevice" && event.errorCode === "InvalidAuthenticationCode",
    );
    expect(failures).toHaveLength(3);
  });
});

describe("authorization", () => {
  it("lets a non-administrator manage only their own MFA, an administrator anyone's, and hides other accounts' devices", async () => {
    const liam = await newUser("Liam");
    const mia = await newUser("Mia");
    const nora = await newUser("Nora", { isAdmin: true });

    // Liam, without administrator rights, sets up and enables his own device.
    const liamDevice = await setUpAndEnable(liam);
    expect(await findDeviceRow(liamDevice.serialNumber)).toMatchObject({ userId: liam.userId });

    const startForMia = await iamError(startVirtualMfaSetup(t.db, { actor: liam, userName: "Mia", settings, now, context: TEST_CONTEXT }));
    expect(startForMia.code).toBe("AccessDenied");
    expect(startForMia.message).toBe(
      `User: ${liam.arn} is not authorized to perform: iam:EnableMFADevice on resource: user Mia because no identity-based policy allows the iam:EnableMFADevice action`,
    );
    expect(await t.db.mfaDevice.count({ where: { createdByWizardOf: mia.userId } })).toBe(0);

    // Nora, an administrator, sets up Mia's device; Liam may not assign it to Mia.
    const miaDevice = await startVirtualMfaSetup(t.db, { actor: nora, userName: "Mia", settings, now, context: TEST_CONTEXT });
    expect(miaDevice.serialNumber).toBe(`arn:aws:iam::${accountId}:mfa/Mia`);
    const miaCodes = codesFrom(miaDevice.seed, s - 1);
    const enableForMia = await iamError(
      enableMfaDevice(t.db, { actor: liam, userName: "Mia", serialNumber: miaDevice.serialNumber, ...miaCodes, settings, now, context: TEST_CONTEXT }),
    );
    expect(enableForMia.code).toBe("AccessDenied");
    expect(enableForMia.message).toContain("iam:EnableMFADevice");
    expect(await findDeviceRow(miaDevice.serialNumber)).toMatchObject({ userId: null, lastUsedStep: null });

    await enableMfaDevice(t.db, { actor: nora, userName: "Mia", serialNumber: miaDevice.serialNumber, ...miaCodes, settings, now, context: TEST_CONTEXT });
    expect(await findDeviceRow(miaDevice.serialNumber)).toMatchObject({ userId: mia.userId, enabledAt: now });

    const deactivateMia = await iamError(
      deactivateMfaDevice(t.db, { actor: liam, userName: "Mia", serialNumber: miaDevice.serialNumber, now, context: TEST_CONTEXT }),
    );
    expect(deactivateMia.code).toBe("AccessDenied");
    expect(deactivateMia.message).toContain("iam:DeactivateMFADevice");
    expect(await findDeviceRow(miaDevice.serialNumber)).toMatchObject({ userId: mia.userId });

    await deactivateMfaDevice(t.db, { actor: nora, userName: "Mia", serialNumber: miaDevice.serialNumber, now, context: TEST_CONTEXT });
    expect(await findDeviceRow(miaDevice.serialNumber)).toMatchObject({ userId: null, enabledAt: null });

    // Another account's device does not exist for this account, whoever asks.
    const foreign = await startVirtualMfaSetup(t.db, { actor: otherAccountRoot, settings, now, context: TEST_CONTEXT });
    const noSuch = { code: "NoSuchEntity", message: `MFA Device with serial number ${foreign.serialNumber} does not exist.` };
    const foreignCodes = codesFrom(foreign.seed, s - 1);
    expect(
      await iamError(enableMfaDevice(t.db, { actor: root, serialNumber: foreign.serialNumber, ...foreignCodes, settings, now, context: TEST_CONTEXT })),
    ).toMatchObject(noSuch);
    expect(
      await iamError(enableMfaDevice(t.db, { actor: nora, serialNumber: foreign.serialNumber, ...foreignCodes, settings, now, context: TEST_CONTEXT })),
    ).toMatchObject(noSuch);
    expect(await iamError(deactivateMfaDevice(t.db, { actor: root, serialNumber: foreign.serialNumber, now, context: TEST_CONTEXT }))).toMatchObject(
      noSuch,
    );
    expect(await iamError(deleteVirtualMfaDevice(t.db, { actor: root, serialNumber: foreign.serialNumber, now, context: TEST_CONTEXT }))).toMatchObject(
      noSuch,
    );
    expect(await findDeviceRow(foreign.serialNumber)).toMatchObject({
      accountId: otherAccountRoot.accountId,
      userId: null,
      assignedToRoot: false,
      lastUsedStep: null,
    });
  });
});

describe("getAccountSummary", () => {
  it("counts every device in MFADevices, assigned ones in MFADevicesInUse, and AccountMFAEnabled only for the root user's", async () => {
    const owner = await newAccount("summary-owner@example.com");
    expect(await getAccountSummary(t.db, { actor: owner })).toMatchObject({ Users: 0, MFADevices: 0, MFADevicesInUse: 0, AccountMFAEnabled: 0 });

    const rootDevice = await startVirtualMfaSetup(t.db, { actor: owner, settings, now, context: TEST_CONTEXT });
    expect(await getAccountSummary(t.db, { actor: owner })).toMatchObject({ Users: 0, MFADevices: 1, MFADevicesInUse: 0, AccountMFAEnabled: 0 });

    const quinn = await newUser("Quinn", { actor: owner });
    await setUpAndEnable(quinn);
    expect(await getAccountSummary(t.db, { actor: owner })).toMatchObject({ Users: 1, MFADevices: 2, MFADevicesInUse: 1, AccountMFAEnabled: 0 });

    await enableMfaDevice(t.db, {
      actor: owner,
      serialNumber: rootDevice.serialNumber,
      ...codesFrom(rootDevice.seed, s - 1),
      settings,
      now,
      context: TEST_CONTEXT,
    });
    expect(await getAccountSummary(t.db, { actor: owner })).toMatchObject({ Users: 1, MFADevices: 2, MFADevicesInUse: 2, AccountMFAEnabled: 1 });

    await deactivateMfaDevice(t.db, { actor: owner, serialNumber: rootDevice.serialNumber, now, context: TEST_CONTEXT });
    expect(await getAccountSummary(t.db, { actor: owner })).toMatchObject({ Users: 1, MFADevices: 2, MFADevicesInUse: 1, AccountMFAEnabled: 0 });
  });
});

describe("listMfaDevices", () => {
  it("lists the caller's assigned devices with their serial number and enable date, and nobody else's", async () => {
    const rita = await newUser("Rita");
    const sam = await newUser("Sam");
    await createVirtualMfaDevice(t.db, { actor: root, name: "Rita-2", settings, now, context: TEST_CONTEXT });
    await setUpAndEnable(sam);
    expect(await listMfaDevices(t.db, { actor: rita })).toEqual([]);

    const enabledAt = stepsLater(3);
    const device = await startVirtualMfaSetup(t.db, { actor: rita, settings, now: enabledAt, context: TEST_CONTEXT });
    await enableMfaDevice(t.db, {
      actor: rita,
      serialNumber: device.serialNumber,
      ...codesFrom(device.seed, s + 2),
      settings,
      now: enabledAt,
      context: TEST_CONTEXT,
    });
    const expected = [{ userName: "Rita", serialNumber: `arn:aws:iam::${accountId}:mfa/Rita`, enableDate: enabledAt, kind: "virtual", name: "Rita" }];
    expect(await listMfaDevices(t.db, { actor: rita })).toEqual(expected);
    expect(await listMfaDevices(t.db, { actor: root, userName: "rita" })).toEqual(expected);

    const owner = await getPrincipal(t.db, otherAccountRoot.accountId, null);
    const ownerDevice = await setUpAndEnable(owner!);
    expect(await listMfaDevices(t.db, { actor: owner! })).toEqual([
      { userName: null, serialNumber: ownerDevice.serialNumber, kind: "virtual", name: "root-account-mfa-device", enableDate: now },
    ]);
  });
});
