import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAccount } from "@/lib/iam/create-account";
import { getPrincipal } from "@/lib/iam/get-principal";
import type { Principal } from "@/lib/iam/principal";
import { finishSecurityKeyRegistration } from "@/lib/iam/register-security-key";
import type { IamSettings } from "@/lib/iam/settings";
import { startCeremony } from "@/lib/iam/webauthn-challenges";
import { MFA_BACKOFF_FROM_FAILURE } from "@/lib/mfa/attempt-policy";
import recorded from "@/lib/mfa/fixtures/webauthn-recorded.json";
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@/lib/mfa/webauthn";
import { storedEvents } from "@/test/support/iam-fixtures";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { completePasskeySignIn, startPasskeySignIn } from "./passkey-sign-in";
import { createChallenge } from "./sign-in-challenge";

// The recorded credential (lib/mfa/fixtures: Chromium's virtual authenticator at http://localhost:3501)
// signs two sign-ins, with signature counters 2 and 3.
let t: Awaited<ReturnType<typeof createTestDb>>;
const settings: IamSettings = { encryptionKey: randomBytes(32), mfaDevicesPerUser: null };
const now = new Date("2026-11-20T02:12:40Z");
const rp = { id: recorded.rpId, origin: recorded.origin };
const [first, second] = recorded.assertions.map((a) => ({ challenge: a.challenge, response: a.response as unknown as AuthenticationResponseJSON }));

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
beforeEach(async () => {
  // One recorded credential, and credential ids are unique across the lab.
  await t.db.mfaDevice.deleteMany({ where: { kind: "fido" } });
});

/** A current-console account whose root user has the recorded security key, and a pending sign-in. */
async function rootWithKey(email: string): Promise<{ root: Principal; token: string; challengeId: string }> {
  const { accountId } = await createAccount(t.db, { email, accountName: "Lab", password: "Root-pass-1", consoleVersion: "current", now, context: TEST_CONTEXT });
  const root = (await getPrincipal(t.db, accountId, null))!;
  await startCeremony(t.db, { purpose: "registration", accountId, userId: null, sessionId: "s", deviceName: "key", rp, now, challenge: recorded.registration.challenge });
  const registered = await finishSecurityKeyRegistration(t.db, {
    actor: root,
    sessionId: "s",
    response: recorded.registration.response as unknown as RegistrationResponseJSON,
    settings,
    now,
    context: TEST_CONTEXT,
  });
  if (!registered.ok) throw new Error(`registration: ${registered.reason}`);
  const { token } = await createChallenge(t.db, { principal: root, now });
  const challenge = await t.db.signInChallenge.findFirstOrThrow({ where: { accountId } });
  return { root, token, challengeId: challenge.id };
}

/** The ceremony "Use passkey or security key" starts, with a recorded assertion's challenge. */
const ceremonyFor = (root: Principal, signInChallengeId: string, challenge: string) =>
  startCeremony(t.db, { purpose: "authentication", accountId: root.accountId, userId: null, signInChallengeId, rp, now, challenge });

describe("signing in with a passkey or security key", () => {
  it("offers the principal's keys for the page's relying party, and nothing once the sign-in expired", async () => {
    const { token } = await rootWithKey("options@example.com");
    const options = await startPasskeySignIn(t.db, { token, rp, realNow: now });
    expect(options.ok).toBe(true);
    if (options.ok) {
      expect(options.options.rpId).toBe("localhost");
      expect(options.options.allowCredentials).toEqual([{ id: recorded.registration.response.id, type: "public-key", transports: ["usb"] }]);
      expect(options.options.userVerification).toBe("discouraged");
    }
    expect(await startPasskeySignIn(t.db, { token: "forged", rp, realNow: now })).toEqual({ ok: false, reason: "expired" });
  });

  it("starts a session for a good assertion, once: the replayed answer finds its challenge taken", async () => {
    const { root, token, challengeId } = await rootWithKey("good@example.com");
    await ceremonyFor(root, challengeId, first.challenge);
    const signedIn = await completePasskeySignIn(t.db, { token, response: first.response, realNow: now, context: TEST_CONTEXT });
    expect(signedIn).toMatchObject({ ok: true });
    expect(await t.db.consoleSession.count({ where: { accountId: root.accountId, mfaAuthenticatedAt: now } })).toBe(1);
    expect((await t.db.mfaDevice.findFirstOrThrow({ where: { accountId: root.accountId } })).signCount).toBe(2);

    const { token: again } = await createChallenge(t.db, { principal: root, now });
    expect(await completePasskeySignIn(t.db, { token: again, response: first.response, realNow: now, context: TEST_CONTEXT })).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses an answer whose counter goes backwards, and counts it against the key", async () => {
    const { root, token, challengeId } = await rootWithKey("clone@example.com");
    await ceremonyFor(root, challengeId, second.challenge);
    expect(await completePasskeySignIn(t.db, { token, response: second.response, realNow: now, context: TEST_CONTEXT })).toMatchObject({ ok: true });

    const { token: next } = await createChallenge(t.db, { principal: root, now });
    const nextId = (await t.db.signInChallenge.findFirstOrThrow({ where: { accountId: root.accountId } })).id;
    await ceremonyFor(root, nextId, first.challenge);
    expect(await completePasskeySignIn(t.db, { token: next, response: first.response, realNow: now, context: TEST_CONTEXT })).toEqual({ ok: false, reason: "invalid" });
    expect(await t.db.mfaDevice.findFirstOrThrow({ where: { accountId: root.accountId } })).toMatchObject({ signCount: 3, failedAttempts: 1 });
    const failures = (await storedEvents(t.db, root.accountId)).filter((e) => e.eventName === "ConsoleLogin" && e.errorMessage === "Failed authentication");
    expect(failures).toHaveLength(1);
  });

  it("refuses an answer to another sign-in's ceremony", async () => {
    const { root, challengeId } = await rootWithKey("bound@example.com");
    await ceremonyFor(root, challengeId, first.challenge);
    const { token: otherTab } = await createChallenge(t.db, { principal: root, now });
    expect(await completePasskeySignIn(t.db, { token: otherTab, response: first.response, realNow: now, context: TEST_CONTEXT })).toEqual({ ok: false, reason: "invalid" });
  });

  it("backs off after repeated failures, per key, as codes do", async () => {
    const { root, token } = await rootWithKey("backoff@example.com");
    await t.db.mfaDevice.updateMany({ where: { accountId: root.accountId }, data: { failedAttempts: MFA_BACKOFF_FROM_FAILURE, lockedUntil: new Date(now.getTime() + 60_000) } });
    const options = await startPasskeySignIn(t.db, { token, rp, realNow: now });
    expect(options).toMatchObject({ ok: false, reason: "wait", retryInSeconds: 60 });
  });

  it("runs on the account's clock: a controlled clock past the key's wait finds it open", async () => {
    const { root, token } = await rootWithKey("clock@example.com");
    await t.db.mfaDevice.updateMany({ where: { accountId: root.accountId }, data: { failedAttempts: MFA_BACKOFF_FROM_FAILURE, lockedUntil: new Date(now.getTime() + 60_000) } });
    await t.db.account.update({ where: { id: root.accountId }, data: { clockOffsetSeconds: 120 } });
    expect(await startPasskeySignIn(t.db, { token, rp, realNow: now })).toMatchObject({ ok: true });
  });
});
