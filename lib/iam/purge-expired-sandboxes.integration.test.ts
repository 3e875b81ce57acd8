import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNT } from "@/lib/demo";
import { seed } from "@/prisma/seed";
import { newAccount } from "@/test/support/iam-fixtures";
import { populateAccount, rowCounts } from "@/test/support/populated-account";
import { createTestDb } from "@/test/support/test-db";
import { purgeExpiredSandboxes, sandboxExpiresAt } from "./purge-expired-sandboxes";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const now = new Date("2021-03-01T12:00:00Z");
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 60 * 60 * 1000);
const exists = async (accountId: string) => (await t.db.account.count({ where: { id: accountId } })) === 1;

describe("purgeExpiredSandboxes", () => {
  it("deletes the sandboxes created more than expiryHours ago with everything in them, and keeps the rest", async () => {
    const expired = await newAccount(t.db, "expired@example.com", hoursAgo(25));
    await populateAccount(t.db, expired, hoursAgo(25));
    const alsoExpired = await newAccount(t.db, "also-expired@example.com", hoursAgo(24 * 30));
    const atTheLimit = await newAccount(t.db, "at-the-limit@example.com", hoursAgo(24));
    const recent = await newAccount(t.db, "recent@example.com", hoursAgo(1));
    await populateAccount(t.db, recent, hoursAgo(1));
    const recentRows = await rowCounts(t.db, recent.accountId);
    await seed(t.url);
    await t.db.account.update({ where: { id: DEMO_ACCOUNT.accountId }, data: { createdAt: hoursAgo(24 * 365) } });
    const demoRows = await rowCounts(t.db, DEMO_ACCOUNT.accountId);

    expect(await purgeExpiredSandboxes(t.db, { now, expiryHours: 24 })).toBe(2);

    expect(await exists(expired.accountId)).toBe(false);
    expect(await exists(alsoExpired.accountId)).toBe(false);
    expect(await rowCounts(t.db, expired.accountId)).toEqual({
      users: 0,
      mfaDevices: 0,
      mfaDeviceTags: 0,
      accessKeys: 0,
      temporaryCredentials: 0,
      signInChallenges: 0,
      consoleSessions: 0,
      events: 0,
      userTags: 0,
      signingCertificates: 0,
      sshPublicKeys: 0,
      serviceSpecificCredentials: 0,
      passwordHistory: 0,
      passwordPolicies: 0,
      credentialReports: 0,
    });
    expect(await t.db.mfaDeviceTag.count()).toBe(recentRows.mfaDeviceTags);
    expect(await exists(atTheLimit.accountId)).toBe(true);
    expect(await rowCounts(t.db, recent.accountId)).toEqual(recentRows);
    expect(await rowCounts(t.db, DEMO_ACCOUNT.accountId)).toEqual(demoRows);
    expect(await purgeExpiredSandboxes(t.db, { now, expiryHours: 24 })).toBe(0);
  });

  it("deletes each expired sandbox once when several instances purge at the same time", async () => {
    const sandboxes = [];
    for (const n of [1, 2, 3]) {
      const root = await newAccount(t.db, `concurrent-${n}@example.com`, hoursAgo(30));
      await populateAccount(t.db, root, hoursAgo(30));
      sandboxes.push(root.accountId);
    }
    const deleted = await Promise.all([1, 2, 3].map(() => purgeExpiredSandboxes(t.db, { now, expiryHours: 24 })));
    expect(deleted.reduce((sum, count) => sum + count, 0)).toBe(3);
    for (const accountId of sandboxes) expect(await exists(accountId)).toBe(false);
  });

  it("refuses an expiry that is not a positive whole number of hours, deleting nothing", async () => {
    const accounts = await t.db.account.count();
    for (const expiryHours of [0, -1, 1.5, Number.NaN]) {
      await expect(purgeExpiredSandboxes(t.db, { now, expiryHours })).rejects.toThrow(RangeError);
    }
    expect(await t.db.account.count()).toBe(accounts);
  });
});

describe("sandboxExpiresAt", () => {
  it("is expiryHours after creation, and never for the demo account or with expiry off", () => {
    const createdAt = new Date("2021-03-01T00:00:00Z");
    expect(sandboxExpiresAt({ createdAt, isDemo: false }, 48)).toEqual(new Date("2021-03-03T00:00:00Z"));
    expect(sandboxExpiresAt({ createdAt, isDemo: true }, 48)).toBeNull();
    expect(sandboxExpiresAt({ createdAt, isDemo: false }, null)).toBeNull();
  });
});
