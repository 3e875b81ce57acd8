import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeMfaSignIn } from "@/lib/auth/mfa-sign-in";
import { createChallenge } from "@/lib/auth/sign-in-challenge";
import { enableMfaDevice } from "@/lib/iam/enable-mfa-device";
import type { Principal } from "@/lib/iam/principal";
import type { IamSettings } from "@/lib/iam/settings";
import { startVirtualMfaSetup } from "@/lib/iam/start-virtual-mfa-setup";
import { MFA_BACKOFF_FROM_FAILURE, MFA_LOCKOUT_AFTER_FAILURES } from "@/lib/mfa/attempt-policy";
import { codeAtStep, timeStepAt } from "@/lib/mfa/totp";
import { newAccount } from "@/test/support/iam-fixtures";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";

// Issue 14, item 9: 50 concurrent wrong codes on PostgreSQL had 9 checked where the policy allows 5
// before the first wait, and 12 failures counted against a limit of 10. "May this code be checked now"
// and "count this failure" are one atomic step: on both databases, a burst gets exactly the policy.
let t: Awaited<ReturnType<typeof createTestDb>>;
const settings: IamSettings = { encryptionKey: randomBytes(32), mfaDevicesPerUser: 1 };
const start = new Date("2021-01-20T02:19:36Z");
const BURST = 50;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

async function rootWithDevice(email: string): Promise<{ root: Principal; seed: string }> {
  const root = await newAccount(t.db, email, start);
  const { serialNumber, seed } = await startVirtualMfaSetup(t.db, { actor: root, settings, now: start, context: TEST_CONTEXT });
  const s = timeStepAt(start);
  const codes = { code1: codeAtStep(seed, s - 1), code2: codeAtStep(seed, s) };
  await enableMfaDevice(t.db, { actor: root, serialNumber, ...codes, settings, now: start, context: TEST_CONTEXT });
  return { root, seed };
}

/** A code the device would not accept now. */
const wrongCode = (seed: string, now: Date) => String((Number(codeAtStep(seed, timeStepAt(now))) + 1) % 1_000_000).padStart(6, "0");

async function burst(root: Principal, seed: string, now: Date) {
  // One challenge, as from one browser's password step: a wrong code does not consume it.
  const { token } = await createChallenge(t.db, { principal: root, now });
  const results = await Promise.all(
    Array.from({ length: BURST }, () => completeMfaSignIn(t.db, { token, code: wrongCode(seed, now), realNow: now, context: TEST_CONTEXT, settings })),
  );
  const device = await t.db.mfaDevice.findFirstOrThrow({ where: { accountId: root.accountId } });
  return { results, device };
}

describe("attack: a burst of concurrent wrong codes", () => {
  it(`checks at most ${MFA_BACKOFF_FROM_FAILURE} of ${BURST} before the first wait, and counts exactly those`, async () => {
    const { root, seed } = await rootWithDevice("burst@example.com");
    const { results, device } = await burst(root, seed, start);
    // Every checked code is counted; its answer is "invalid", or the wait it started (the fifth's).
    const checked = results.filter((r) => !r.ok && (r.reason === "invalid" || (r.reason === "wait" && r.retryAt.getTime() === device.lockedUntil?.getTime())));
    expect(device.failedAttempts).toBe(MFA_BACKOFF_FROM_FAILURE);
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(MFA_BACKOFF_FROM_FAILURE - 1);
    expect(checked.length).toBeGreaterThanOrEqual(MFA_BACKOFF_FROM_FAILURE);
    expect(results.every((r) => !r.ok && (r.reason === "invalid" || r.reason === "wait"))).toBe(true);
  });

  it(`counts exactly ${MFA_LOCKOUT_AFTER_FAILURES} failures to the lock, bursting each time a wait ends, and none during it`, async () => {
    const { root, seed } = await rootWithDevice("bursts@example.com");
    let now = start;
    let device = (await burst(root, seed, now)).device;
    for (let round = 2; device.failedAttempts < MFA_LOCKOUT_AFTER_FAILURES && round <= MFA_LOCKOUT_AFTER_FAILURES; round++) {
      // The next burst comes the moment the wait ends: one more failure is checked and counted.
      now = device.lockedUntil!;
      const next = (await burst(root, seed, now)).device;
      expect(next.failedAttempts, `burst ${round}`).toBe(device.failedAttempts + 1);
      device = next;
    }
    expect(device.failedAttempts).toBe(MFA_LOCKOUT_AFTER_FAILURES);
    const during = await burst(root, seed, new Date(device.lockedUntil!.getTime() - 1000));
    expect(during.device.failedAttempts).toBe(MFA_LOCKOUT_AFTER_FAILURES);
    expect(during.results.every((r) => !r.ok && r.reason === "locked")).toBe(true);
    expect(await t.db.event.count({ where: { accountId: root.accountId, eventName: "MFADeviceLockout" } })).toBe(1);
  });
});
