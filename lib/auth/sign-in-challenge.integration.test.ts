import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newAccount } from "@/test/support/iam-fixtures";
import { createTestDb } from "@/test/support/test-db";
import { CHALLENGE_TTL_MS, createChallenge, findChallenge } from "./sign-in-challenge";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const now = new Date("2021-01-20T02:05:52Z");

describe("sign-in challenges", () => {
  it("live five minutes; expired ones are found by no one and cleared within sixteen password steps", async () => {
    const root = await newAccount(t.db, "challenged@example.com", now);
    const { token } = await createChallenge(t.db, { principal: root, now });
    expect(await findChallenge(t.db, token, "mfa", new Date(now.getTime() + CHALLENGE_TTL_MS - 1))).not.toBeNull();
    const later = new Date(now.getTime() + CHALLENGE_TTL_MS);
    expect(await findChallenge(t.db, token, "mfa", later)).toBeNull();

    for (let step = 0; step < 16; step++) await createChallenge(t.db, { principal: root, now: later });
    expect(await t.db.signInChallenge.count({ where: { expiresAt: { lte: later } } })).toBe(0);
  });

  it("replace the one the browser held", async () => {
    const root = await newAccount(t.db, "again@example.com", now);
    const first = await createChallenge(t.db, { principal: root, now });
    const second = await createChallenge(t.db, { principal: root, now, previousToken: first.token });
    expect(await findChallenge(t.db, first.token, "mfa", now)).toBeNull();
    expect(await findChallenge(t.db, second.token, "mfa", now)).toMatchObject({ accountId: root.accountId, userId: null });
  });
});
