import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "@/lib/iam/create-account";
import { enableMfaDevice } from "@/lib/iam/enable-mfa-device";
import { getPrincipal } from "@/lib/iam/get-principal";
import type { Principal } from "@/lib/iam/principal";
import type { IamSettings } from "@/lib/iam/settings";
import { startVirtualMfaSetup } from "@/lib/iam/start-virtual-mfa-setup";
import { MFA_LOCKOUT_AFTER_FAILURES } from "@/lib/mfa/attempt-policy";
import { codeAtStep, TOTP_STEP_SECONDS, timeStepAt } from "@/lib/mfa/totp";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { completeMfaSignIn } from "./mfa-sign-in";
import { createChallenge } from "./sign-in-challenge";

let t: Awaited<ReturnType<typeof createTestDb>>;
const settings: IamSettings = { encryptionKey: randomBytes(32), mfaDevicesPerUser: 1 };
const start = new Date("2021-01-20T02:19:36Z");
const later = (steps: number) => new Date(start.getTime() + steps * TOTP_STEP_SECONDS * 1000);

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

/** A fresh account whose root user has a device assigned at `start`; returns the root and the seed. */
async function rootWithDevice(email: string): Promise<{ root: Principal; seed: string }> {
  const { accountId } = await createAccount(t.db, { email, accountName: "Lab", password: "Root-pass-1", now: start, context: TEST_CONTEXT });
  const root = (await getPrincipal(t.db, accountId, null))!;
  const { serialNumber, seed } = await startVirtualMfaSetup(t.db, { actor: root, settings, now: start, context: TEST_CONTEXT });
  const s = timeStepAt(start);
  await enableMfaDevice(t.db, {
    actor: root,
    serialNumber,
    code1: codeAtStep(seed, s - 1),
    code2: codeAtStep(seed, s),
    settings,
    now: start,
    context: TEST_CONTEXT,
  });
  return { root, seed };
}

const submit = (token: string, code: string, now: Date) => completeMfaSignIn(t.db, { token, code, realNow: now, context: TEST_CONTEXT, settings });

describe("completeMfaSignIn on the real database", () => {
  it("gives exactly one session for fifty concurrent submissions of one valid code, round after round", async () => {
    const { root, seed } = await rootWithDevice("race@example.com");
    for (let round = 1; round <= 5; round++) {
      const now = later(round);
      const code = codeAtStep(seed, timeStepAt(now));
      const tokens = await Promise.all(
        Array.from({ length: 50 }, () => createChallenge(t.db, { principal: root, now }).then((challenge) => challenge.token)),
      );
      const results = await Promise.all(tokens.map((token) => submit(token, code, now)));
      expect(results.filter((result) => result.ok), `round ${round}`).toHaveLength(1);
      // Reset the count the forty-nine losers left, so the next round starts unlocked.
      await t.db.mfaDevice.updateMany({ where: { accountId: root.accountId }, data: { failedAttempts: 0, lockedUntil: null } });
    }
    expect(await t.db.consoleSession.count({ where: { accountId: root.accountId } })).toBe(5);
  });

  it("gives one session when one challenge is submitted fifty times at once", async () => {
    const { root, seed } = await rootWithDevice("one-challenge@example.com");
    const now = later(1);
    const { token } = await createChallenge(t.db, { principal: root, now });
    const results = await Promise.all(Array.from({ length: 50 }, () => submit(token, codeAtStep(seed, timeStepAt(now)), now)));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await t.db.consoleSession.count({ where: { accountId: root.accountId } })).toBe(1);
  });

  it("refuses a code from before the last accepted step, though it is within the drift window", async () => {
    const { root, seed } = await rootWithDevice("replay@example.com");
    const now = later(1);
    const { token } = await createChallenge(t.db, { principal: root, now });
    // The assignment accepted step s; at s+1 the code of s is within one step of drift, but spent: the
    // learner is told it was used (codeUsed), and a code never right is plainly invalid.
    expect(await submit(token, codeAtStep(seed, timeStepAt(start)), now)).toEqual({ ok: false, reason: "invalid", codeUsed: true });
    const wrong = String((Number(codeAtStep(seed, timeStepAt(now))) + 1) % 1_000_000).padStart(6, "0");
    expect(await submit(token, wrong, now)).toEqual({ ok: false, reason: "invalid" });
    expect((await submit(token, codeAtStep(seed, timeStepAt(now)), now)).ok).toBe(true);
  });

  it("refuses a forged, an expired and a consumed challenge without touching the device", async () => {
    const { root, seed } = await rootWithDevice("forged@example.com");
    const now = later(1);
    const code = codeAtStep(seed, timeStepAt(now));
    expect(await submit("forged-token", code, now)).toEqual({ ok: false, reason: "expired" });
    const { token } = await createChallenge(t.db, { principal: root, now: start });
    expect(await submit(token, code, later(11))).toEqual({ ok: false, reason: "expired" });
    const fresh = await createChallenge(t.db, { principal: root, now });
    expect((await submit(fresh.token, code, now)).ok).toBe(true);
    expect(await submit(fresh.token, codeAtStep(seed, timeStepAt(now) + 1), later(2))).toEqual({ ok: false, reason: "expired" });
    const device = await t.db.mfaDevice.findFirstOrThrow({ where: { accountId: root.accountId } });
    expect(device.failedAttempts).toBe(0);
  });

  it("locks the device after ten wrong codes, across challenges, and records the lockout", async () => {
    const { root, seed } = await rootWithDevice("lockout@example.com");
    let now = later(1);
    const wrong = String((Number(codeAtStep(seed, timeStepAt(now))) + 1) % 1_000_000).padStart(6, "0");
    for (let failure = 1; failure <= MFA_LOCKOUT_AFTER_FAILURES; failure++) {
      const { token } = await createChallenge(t.db, { principal: root, now });
      const result = await submit(token, wrong, now);
      expect(result.ok).toBe(false);
      now = new Date(now.getTime() + 60_000);
    }
    const { token } = await createChallenge(t.db, { principal: root, now });
    const locked = await submit(token, codeAtStep(seed, timeStepAt(now)), now);
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    const events = await t.db.event.findMany({ where: { accountId: root.accountId, eventName: "MFADeviceLockout" } });
    expect(events).toHaveLength(1);
  });
});
