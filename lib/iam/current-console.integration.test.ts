import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import recorded from "@/lib/mfa/fixtures/webauthn-recorded.json";
import { decryptSecret } from "@/lib/mfa/secret-crypto";
import type { RegistrationResponseJSON } from "@/lib/mfa/webauthn";
import { codeAtStep, TOTP_STEP_SECONDS, timeStepAt } from "@/lib/mfa/totp";
import { iamError, newUser, storedEvents } from "@/test/support/iam-fixtures";
import { dumpAllRows } from "@/test/support/raw-sql";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { acceptMfaCode } from "./accept-mfa-code";
import type { ConsoleVersion } from "./console-version";
import { createAccount } from "./create-account";
import { targetOf } from "./credentials-target";
import { deactivateMfaDevice } from "./deactivate-mfa-device";
import { deleteVirtualMfaDevice } from "./delete-virtual-mfa-device";
import { enableMfaDevice } from "./enable-mfa-device";
import { getAccountSummary } from "./get-account-summary";
import { getPrincipal } from "./get-principal";
import { getSessionToken } from "./get-session-token";
import { listMfaDevices } from "./list-mfa-devices";
import { listUsers } from "./list-users";
import { listVirtualMfaDevices } from "./list-virtual-mfa-devices";
import { ensurePracticeTokens, PRACTICE_TOKENS_PER_ACCOUNT, practiceTokenCodes } from "./practice-tokens";
import type { Principal } from "./principal";
import { finishSecurityKeyRegistration } from "./register-security-key";
import { removeMfaDevice } from "./remove-mfa-device";
import { resyncMfaDevice } from "./resync-mfa-device";
import { setConsoleVersion } from "./set-console-version";
import type { IamSettings } from "./settings";
import { startVirtualMfaSetup } from "./start-virtual-mfa-setup";
import { startCeremony } from "./webauthn-challenges";

let t: Awaited<ReturnType<typeof createTestDb>>;
const settings: IamSettings = { encryptionKey: randomBytes(32), mfaDevicesPerUser: null };
const now = new Date("2026-11-20T02:12:40Z");
const s = timeStepAt(now);
const codes = (seed: string, first = s - 1) => ({ code1: codeAtStep(seed, first), code2: codeAtStep(seed, first + 1) });
const context = TEST_CONTEXT;
const rp = { id: recorded.rpId, origin: recorded.origin };
const registration = recorded.registration.response as unknown as RegistrationResponseJSON;

async function account(email: string, consoleVersion: ConsoleVersion): Promise<Principal> {
  const { accountId } = await createAccount(t.db, { email, accountName: "Lab", password: "Root-pass-1", consoleVersion, now, context });
  return (await getPrincipal(t.db, accountId, null))!;
}

/** The current console's wizard for an authenticator app, from Next to Add MFA. */
async function assignApp(actor: Principal, deviceName: string, userName?: string, at = now) {
  const setup = await startVirtualMfaSetup(t.db, { actor, userName, deviceName, settings, now: at, context });
  const step = timeStepAt(at);
  await enableMfaDevice(t.db, { actor, userName, serialNumber: setup.serialNumber, ...codes(setup.seed, step - 1), settings, now: at, context });
  return setup;
}

/** A registration ceremony started as "Next" would, with the recorded answer's challenge. */
async function recordedRegistrationCeremony(actor: Principal, sessionId: string, deviceName: string, userId: string | null = null) {
  await startCeremony(t.db, {
    purpose: "registration",
    accountId: actor.accountId,
    userId,
    sessionId,
    deviceName,
    rp,
    now,
    challenge: recorded.registration.challenge,
  });
}

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

describe("the console version", () => {
  it("is 2021 for a new account, and the root user alone switches it, with an event", async () => {
    const root = await account("switch@example.com", "2021");
    expect(root.consoleVersion).toBe("2021");
    const alice = await newUser(t.db, root, "alice", now, { isAdmin: true });
    expect((await iamError(setConsoleVersion(t.db, { actor: alice, consoleVersion: "current", now, context }))).code).toBe("AccessDenied");

    await setConsoleVersion(t.db, { actor: root, consoleVersion: "current", now, context });
    expect((await getPrincipal(t.db, root.accountId, alice.userId))!.consoleVersion).toBe("current");
    const event = (await storedEvents(t.db, root.accountId)).find((e) => e.eventName === "UpdateAccountSettings")!;
    expect(event).toMatchObject({ principalArn: root.arn, errorCode: null });
    expect(JSON.parse(event.requestParameters!)).toEqual({ consoleVersion: "current" });
  });

  it("sets the device limit: one device in 2021, eight today, MFA_DEVICE_LIMIT over both", async () => {
    const old = await account("limit-2021@example.com", "2021");
    await assignApp(old, "first");
    expect((await iamError(startVirtualMfaSetup(t.db, { actor: old, deviceName: "second", settings, now, context }))).message).toBe(
      "Cannot exceed quota for MFADevicesPerUser: 1",
    );

    const today = await account("limit-current@example.com", "current");
    for (let i = 1; i <= 8; i++) await assignApp(today, `device-${i}`);
    expect(await listMfaDevices(t.db, { actor: today })).toHaveLength(8);
    const ninth = await iamError(startVirtualMfaSetup(t.db, { actor: today, deviceName: "device-9", settings, now, context }));
    expect(ninth).toMatchObject({ code: "LimitExceeded", message: "Cannot exceed quota for MFADevicesPerUser: 8" });
    // EnableMFADevice too, for a device made with CreateVirtualMFADevice beside the wizard.
    const spare = await startVirtualMfaSetup(t.db, { actor: today, userName: null, deviceName: "spare", settings: { ...settings, mfaDevicesPerUser: 9 }, now, context });
    const enable = enableMfaDevice(t.db, { actor: today, serialNumber: spare.serialNumber, ...codes(spare.seed), settings, now, context });
    expect((await iamError(enable)).code).toBe("LimitExceeded");

    const overridden = await account("limit-override@example.com", "current");
    await assignApp(overridden, "only");
    const capped = startVirtualMfaSetup(t.db, { actor: overridden, deviceName: "two", settings: { ...settings, mfaDevicesPerUser: 1 }, now, context });
    expect((await iamError(capped)).code).toBe("LimitExceeded");
  });
});

describe("the current wizard's authenticator app", () => {
  it("names the device as typed, in its ARN, and refuses a name another device has", async () => {
    const root = await account("named@example.com", "current");
    const bob = await newUser(t.db, root, "bob", now);
    const setup = await assignApp(root, "my-phone");
    expect(setup.serialNumber).toBe(`arn:aws:iam::${root.accountId}:mfa/my-phone`);
    expect(decodeURIComponent(setup.otpauthUri)).toContain("Amazon Web Services:my-phone@");
    const taken = await iamError(startVirtualMfaSetup(t.db, { actor: root, userName: "bob", deviceName: "my-phone", settings, now, context }));
    expect(taken).toMatchObject({ code: "EntityAlreadyExists", message: "MFA device already exists." });

    // A cancelled set-up does not block the name for the learner who reopens the wizard.
    const first = await startVirtualMfaSetup(t.db, { actor: bob, deviceName: "bob", settings, now, context });
    const again = await startVirtualMfaSetup(t.db, { actor: bob, deviceName: "bob", settings, now, context });
    expect(again.serialNumber).toBe(first.serialNumber);
    expect(again.seed).not.toBe(first.seed);
  });
});

describe("practice hardware TOTP tokens", () => {
  it("are made once per account, with serial numbers in AWS's hardware format and encrypted seeds", async () => {
    const root = await account("tokens@example.com", "current");
    await Promise.all([1, 2, 3].map(() => ensurePracticeTokens(t.db, { accountId: root.accountId, settings, now })));
    const tokens = await t.db.mfaDevice.findMany({ where: { accountId: root.accountId, kind: "hardware" } });
    expect(tokens).toHaveLength(PRACTICE_TOKENS_PER_ACCOUNT);
    for (const token of tokens) {
      expect(token.serialNumber).toMatch(/^GAKT\d{8}$/);
      expect(token).toMatchObject({ userId: null, assignedToRoot: false, name: token.serialNumber });
      expect(token.seedCiphertext).toMatch(/^v1:/);
    }
    // Tokens on the shelf are no devices of the account; nor virtual devices.
    expect((await getAccountSummary(t.db, { actor: root })).MFADevices).toBe(0);
    expect((await listVirtualMfaDevices(t.db, { actor: root })).virtualMfaDevices).toEqual([]);
  });

  it("show their codes to the key fob view, are assigned with two of them through EnableMFADevice, and sign in", async () => {
    const root = await account("fob@example.com", "current");
    const carol = await newUser(t.db, root, "carol", now);
    const fob = await practiceTokenCodes(t.db, { actor: carol, settings, now });
    expect(fob.accountId).toBe(root.accountId);
    expect(fob.tokens).toHaveLength(2);
    const [token] = fob.tokens;
    expect(token.firstStep).toBe(s - 1);
    expect(token.codes).toMatch(/^\d+$/);
    expect(fob.until.getTime()).toBeGreaterThan(now.getTime() + 23 * 60 * 60 * 1000);
    const codeAt = (step: number) => token.codes.slice((step - token.firstStep) * 6, (step - token.firstStep + 1) * 6);

    await enableMfaDevice(t.db, { actor: carol, serialNumber: token.serialNumber, code1: codeAt(s - 1), code2: codeAt(s), settings, now, context });
    expect(await listMfaDevices(t.db, { actor: carol })).toMatchObject([{ serialNumber: token.serialNumber, kind: "hardware", userName: "carol" }]);
    expect((await listUsers(t.db, { actor: root })).find((u) => u.userName === "carol")!.mfaDeviceKinds).toEqual(["hardware"]);
    expect((await getAccountSummary(t.db, { actor: root })).MFADevicesInUse).toBe(1);

    // The next code signs in, once.
    const later = new Date(now.getTime() + TOTP_STEP_SECONDS * 1000);
    const signIn = { accountId: root.accountId, target: targetOf(carol), code: codeAt(s + 1), now: later, settings };
    expect(await acceptMfaCode(t.db, signIn)).toMatchObject({ ok: true, serialNumber: token.serialNumber });
    expect(await acceptMfaCode(t.db, signIn)).toMatchObject({ ok: false, reason: "invalid" });

    // Once assigned to carol, her token's codes are hers: another user of the account sees only the free one.
    const dave = await newUser(t.db, root, "dave", now);
    expect((await practiceTokenCodes(t.db, { actor: dave, settings, now })).tokens.map((x) => x.serialNumber)).toEqual([fob.tokens[1].serialNumber]);
    expect((await practiceTokenCodes(t.db, { actor: carol, settings, now })).tokens.find((x) => x.serialNumber === token.serialNumber)?.assignedTo).toBe(
      "carol",
    );

    // Another account cannot use the serial number; DeleteVirtualMFADevice does not know it; Remove returns it to the shelf.
    const other = await account("fob-other@example.com", "current");
    const stolen = enableMfaDevice(t.db, { actor: other, serialNumber: token.serialNumber, code1: codeAt(s), code2: codeAt(s + 1), settings, now: later, context });
    expect((await iamError(stolen)).code).toBe("NoSuchEntity");
    expect((await iamError(deleteVirtualMfaDevice(t.db, { actor: root, serialNumber: token.serialNumber, now, context }))).code).toBe("NoSuchEntity");
    await removeMfaDevice(t.db, { actor: root, userName: "carol", serialNumber: token.serialNumber, now: later, context });
    expect(await t.db.mfaDevice.findUnique({ where: { serialNumber: token.serialNumber } })).toMatchObject({ userId: null, assignedToRoot: false });
    expect((await practiceTokenCodes(t.db, { actor: dave, settings, now })).tokens).toHaveLength(2);
  });

  it("keep their seeds out of every row in clear", async () => {
    const root = await account("fob-dump@example.com", "current");
    const { tokens } = await practiceTokenCodes(t.db, { actor: root, settings, now });
    const rows = await t.db.mfaDevice.findMany({ where: { serialNumber: { in: tokens.map((x) => x.serialNumber) } } });
    const dump = await dumpAllRows(t);
    expect(rows).toHaveLength(PRACTICE_TOKENS_PER_ACCOUNT);
    for (const row of rows) expect(dump).not.toContain(decryptSecret(row.seedCiphertext!, settings.encryptionKey));
  });
});

describe("passkeys and security keys", () => {
  // Every test replays the one recorded credential, and a credential id is unique across the lab.
  beforeEach(async () => {
    await t.db.mfaDevice.deleteMany({ where: { kind: "fido" } });
  });

  it("register once per ceremony, bound to the console session, with AWS's u2f serial number", async () => {
    const root = await account("fido@example.com", "current");
    await recordedRegistrationCeremony(root, "session-1", "my-key");

    const elsewhere = await finishSecurityKeyRegistration(t.db, { actor: root, sessionId: "session-2", response: registration, settings, now, context });
    expect(elsewhere).toEqual({ ok: false, reason: "expired" });
    const done = await finishSecurityKeyRegistration(t.db, { actor: root, sessionId: "session-1", response: registration, settings, now, context });
    expect(done).toMatchObject({ ok: true, assignedToCaller: true });
    if (!done.ok) return;
    expect(done.serialNumber).toMatch(new RegExp(`^arn:aws:iam::${root.accountId}:u2f/root/my-key-[A-Z2-7]{26}$`));
    // The answer replayed: its challenge was taken.
    expect(await finishSecurityKeyRegistration(t.db, { actor: root, sessionId: "session-1", response: registration, settings, now, context })).toEqual({
      ok: false,
      reason: "expired",
    });

    expect(await listMfaDevices(t.db, { actor: root })).toMatchObject([{ serialNumber: done.serialNumber, kind: "fido", name: "my-key" }]);
    expect((await getAccountSummary(t.db, { actor: root })).AccountMFAEnabled).toBe(1);
    expect((await listVirtualMfaDevices(t.db, { actor: root })).virtualMfaDevices).toEqual([]);
    const enabled = (await storedEvents(t.db, root.accountId)).filter((e) => e.eventName === "EnableMFADevice");
    expect(enabled).toMatchObject([{ errorCode: null, principalArn: root.arn }]);
    expect(JSON.parse(enabled[0].requestParameters!)).toEqual({ userName: null, serialNumber: done.serialNumber });
  });

  it("keep one live ceremony per console session: asking again replaces the last", async () => {
    const root = await account("fido-again@example.com", "current");
    const ask = () => startCeremony(t.db, { purpose: "registration", accountId: root.accountId, userId: null, sessionId: "tab", deviceName: "k", rp, now });
    const first = await ask();
    const second = await ask();
    const rows = await t.db.webAuthnChallenge.findMany({ where: { accountId: root.accountId } });
    expect(rows.map((row) => row.challenge)).toEqual([second]);
    expect(first).not.toBe(second);
  });

  it("name an IAM user in their serial number and refuse a key registered already", async () => {
    const root = await account("fido-user@example.com", "current");
    const erin = await newUser(t.db, root, "erin", now);
    await recordedRegistrationCeremony(root, "admin-session", "erins-key", erin.userId);
    const done = await finishSecurityKeyRegistration(t.db, { actor: root, userName: "erin", sessionId: "admin-session", response: registration, settings, now, context });
    expect(done).toMatchObject({ ok: true, assignedToCaller: false });
    if (done.ok) expect(done.serialNumber).toMatch(new RegExp(`:u2f/user/erin/erins-key-[A-Z2-7]{26}$`));
    expect((await listUsers(t.db, { actor: root })).find((u) => u.userName === "erin")!.mfaDeviceKinds).toEqual(["fido"]);

    // The same authenticator's credential cannot be a second device (it is the fixture's credential again).
    await recordedRegistrationCeremony(root, "admin-session", "again", erin.userId);
    expect(
      await finishSecurityKeyRegistration(t.db, { actor: root, userName: "erin", sessionId: "admin-session", response: registration, settings, now, context }),
    ).toEqual({ ok: false, reason: "duplicate" });
  });

  it("make no codes: STS and resync refuse them without counting a failure, and deactivating one removes it", async () => {
    const root = await account("fido-cli@example.com", "current");
    await recordedRegistrationCeremony(root, "s", "cli-key");
    const done = await finishSecurityKeyRegistration(t.db, { actor: root, sessionId: "s", response: registration, settings, now, context });
    if (!done.ok) throw new Error("registration failed");
    const sts = await iamError(getSessionToken(t.db, { actor: root, callerIsTemporary: false, serialNumber: done.serialNumber, tokenCode: "123456", settings, now, context }));
    expect(sts.message).toBe(
      "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.",
    );
    const resync = await iamError(resyncMfaDevice(t.db, { actor: root, serialNumber: done.serialNumber, code1: "123456", code2: "234567", settings, now, context }));
    expect(resync.code).toBe("InvalidAuthenticationCode");
    expect((await t.db.mfaDevice.findUnique({ where: { serialNumber: done.serialNumber } }))!.failedAttempts).toBe(0);

    await deactivateMfaDevice(t.db, { actor: root, serialNumber: done.serialNumber, now, context });
    expect(await t.db.mfaDevice.findUnique({ where: { serialNumber: done.serialNumber } })).toBeNull();
    expect(await listMfaDevices(t.db, { actor: root })).toEqual([]);
  });
});
