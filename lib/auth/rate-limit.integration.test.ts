import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/types";
import { createTestDb } from "@/test/support/test-db";
import {
  beginSignInAttempt,
  pruneRateLimits,
  rateLimitDecision,
  rateLimitKey,
  SIGN_IN_RATE_LIMIT,
  signInIdentifier,
  takeRateLimit,
  takeSignUpSlot,
} from "./rate-limit";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const start = new Date("2021-01-20T02:19:36Z");
const at = (ms: number) => new Date(start.getTime() + ms);
const { limit, windowMs } = SIGN_IN_RATE_LIMIT;
const IP = "203.0.113.7";

describe("the policy", () => {
  it("allows up to the limit in a window, then refuses until the window ends", () => {
    const policy = { limit: 3, windowMs: 1000 };
    expect(rateLimitDecision({ count: 1, windowStart: start }, policy)).toEqual({ allowed: true, remaining: 2 });
    expect(rateLimitDecision({ count: 3, windowStart: start }, policy)).toEqual({ allowed: true, remaining: 0 });
    expect(rateLimitDecision({ count: 4, windowStart: start }, policy)).toEqual({ allowed: false, retryAt: at(1000), reason: "limited" });
  });

  it("names root and IAM sign-ins apart, regardless of case and spaces", () => {
    expect(signInIdentifier({ kind: "root", email: " Root@Example.com " })).toBe("root:root@example.com");
    expect(signInIdentifier({ kind: "iam", account: "Mock-Iam-Demo", userName: "Admin" })).toBe("iam:mock-iam-demo/admin");
    expect(rateLimitKey("signin", "root:a@example.com", IP)).not.toBe(rateLimitKey("signin", "root:a@example.com", "198.51.100.1"));
    expect(rateLimitKey("signin", "a", "bc")).not.toBe(rateLimitKey("signin", "ab", "c"));
  });
});

describe(`the sign-in rate limit on the real database (${process.env.TEST_DATABASE ?? "sqlite"})`, () => {
  const fail = async (identifier: string, sourceIp: string | null, now: Date) => beginSignInAttempt(t.db, { identifier, sourceIp }, now);

  it(`allows ${limit} failed password steps per identifier and source IP in ${windowMs / 60_000} minutes, then refuses`, async () => {
    const identifier = "root:limited@example.com";
    for (let attempt = 1; attempt <= limit; attempt++) {
      expect(await fail(identifier, IP, at(attempt * 1000)), `attempt ${attempt}`).toMatchObject({ allowed: true, remaining: limit - attempt });
    }
    expect(await fail(identifier, IP, at(60_000))).toEqual({ allowed: false, retryAt: at(1000 + windowMs), reason: "limited" });
    // Another address, or another identifier from this address, has its own count.
    expect((await fail(identifier, "198.51.100.1", at(60_000))).allowed).toBe(true);
    expect((await fail("root:other@example.com", IP, at(60_000))).allowed).toBe(true);
    // The window ends; a new one starts with the next attempt.
    expect(await fail(identifier, IP, at(1000 + windowMs))).toMatchObject({ allowed: true, remaining: limit - 1 });
  });

  it("gives a successful sign-in's attempt back, so a user who gets it right is never limited", async () => {
    const identifier = "iam:111122223333/learner";
    for (let round = 0; round < limit * 3; round++) {
      const attempt = await fail(identifier, IP, at(round));
      expect(attempt.allowed, `sign-in ${round}`).toBe(true);
      if (attempt.allowed) await attempt.succeeded();
    }
  });

  it("stores neither the identifier nor the address", async () => {
    await fail("root:secret-person@example.com", "192.0.2.55", start);
    const dump = JSON.stringify(await t.db.rateLimit.findMany());
    expect(dump).not.toContain("secret-person");
    expect(dump).not.toContain("192.0.2.55");
  });

  it("allows exactly the limit of forty concurrent attempts", async () => {
    const identifier = "root:burst@example.com";
    const results = await Promise.all(Array.from({ length: 40 }, () => fail(identifier, IP, start)));
    expect(results.filter((result) => result.allowed)).toHaveLength(limit);
  });

  it("starts one new window when concurrent attempts find the old one ended", async () => {
    const key = rateLimitKey("test", "restart");
    const policy = { limit: 5, windowMs: 1000 };
    for (let i = 0; i < 5; i++) await takeRateLimit(t.db, key, policy, start);
    expect((await takeRateLimit(t.db, key, policy, start)).allowed).toBe(false);
    const results = await Promise.all(Array.from({ length: 20 }, () => takeRateLimit(t.db, key, policy, at(1000))));
    expect(results.filter((result) => result.allowed)).toHaveLength(5);
    expect(await t.db.rateLimit.findUnique({ where: { key } })).toMatchObject({ windowStart: at(1000), count: 20 });
  });

  it("prunes the rows of ended windows", async () => {
    const key = rateLimitKey("test", "prune");
    await takeRateLimit(t.db, key, { limit: 1, windowMs: 1000 }, start);
    expect(await pruneRateLimits(t.db, at(999))).toBe(0);
    expect(await pruneRateLimits(t.db, at(1001))).toBeGreaterThanOrEqual(1);
    expect(await t.db.rateLimit.findUnique({ where: { key } })).toBeNull();
  });

  it("fails closed: when the database cannot answer, the attempt is refused", async () => {
    const broken = new Proxy({} as Db, {
      get: () =>
        new Proxy(
          {},
          {
            get: () => () => Promise.reject(new Error("connection refused")),
          },
        ),
    });
    expect(await beginSignInAttempt(broken, { identifier: "root:x@example.com", sourceIp: IP }, start)).toEqual({
      allowed: false,
      retryAt: at(30_000),
      reason: "unavailable",
    });
  });
});

describe(`the sign-up rate limit on the real database (${process.env.TEST_DATABASE ?? "sqlite"})`, () => {
  it("counts new accounts per source IP, successful or not, and refuses past the limit until the hour ends", async () => {
    const policy = { limit: 3, windowMs: 60 * 60 * 1000 };
    for (let made = 1; made <= 3; made++) expect((await takeSignUpSlot(t.db, "192.0.2.10", at(made), policy)).allowed).toBe(true);
    expect(await takeSignUpSlot(t.db, "192.0.2.10", at(10), policy)).toEqual({ allowed: false, retryAt: at(1 + policy.windowMs), reason: "limited" });
    expect((await takeSignUpSlot(t.db, "192.0.2.11", at(10), policy)).allowed).toBe(true);
    expect((await takeSignUpSlot(t.db, "192.0.2.10", at(1 + policy.windowMs), policy)).allowed).toBe(true);
  });
});
