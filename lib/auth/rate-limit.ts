// Rate limits that hold across instances: fixed-window counters in the database (model RateLimit).
//
// The sign-in limit counts failed password steps per (sign-in identifier, source IP): at most
// SIGN_IN_RATE_LIMIT.limit in a window of SIGN_IN_RATE_LIMIT.windowMs. It is taken *before* the
// password is checked, atomically (increment, then compare), so any number of concurrent guesses on any
// number of instances cannot pass the limit; a successful sign-in gives its attempt back. It fails
// closed: when the database cannot answer, the attempt is refused.
//
//   const attempt = await beginSignInAttempt(db, { identifier: signInIdentifier(input), sourceIp }, now);
//   if (!attempt.allowed) -> refuse (attempt.retryAt says until when), without checking the password
//   const principal = await verifyPasswordSignIn(db, input, { now, context });
//   if (principal) await attempt.succeeded();
//
// The key is a SHA-256 hash: the table holds neither identifiers (which may be passwords typed into the
// wrong field) nor addresses.
import "server-only";
import { createHash } from "node:crypto";
import type { DbOrTx } from "../db/types";
import { isUniqueViolation } from "../db/types";
import { log } from "../log";

export type RateLimitPolicy = {
  /** Attempts allowed in one window. */
  limit: number;
  windowMs: number;
};

/** Ten failed password steps per identifier and source IP per fifteen minutes. */
export const SIGN_IN_RATE_LIMIT: RateLimitPolicy = { limit: 10, windowMs: 15 * 60 * 1000 };

export type RateLimitDecision =
  | { allowed: true; remaining: number }
  /** `unavailable`: the database did not answer, so the attempt is refused (fail closed). */
  | { allowed: false; retryAt: Date; reason: "limited" | "unavailable" };

/** How long a caller is told to wait when the database cannot answer. */
const UNAVAILABLE_RETRY_MS = 30_000;
/** Tries of the take-a-slot sequence before giving up (each lost race makes progress for another caller). */
const MAX_ROUNDS = 5;

// --- pure policy -------------------------------------------------------------------------------------

/** The decision for a window in which `count` attempts (this one included) have been taken. */
export function rateLimitDecision(
  window: { count: number; windowStart: Date },
  policy: RateLimitPolicy,
): RateLimitDecision {
  if (window.count <= policy.limit) return { allowed: true, remaining: policy.limit - window.count };
  return { allowed: false, retryAt: new Date(window.windowStart.getTime() + policy.windowMs), reason: "limited" };
}

/** The sign-in identifier of a password step: the root user's e-mail, or account and user name; case-insensitive. */
export function signInIdentifier(
  input: { kind: "root"; email: string } | { kind: "iam"; account: string; userName: string },
): string {
  return input.kind === "root"
    ? `root:${input.email.trim().toLowerCase()}`
    : `iam:${input.account.trim().toLowerCase()}/${input.userName.trim().toLowerCase()}`;
}

/** The stored key for a scope ("signin") and its parts: a hash, so the table holds nothing readable. */
export function rateLimitKey(scope: string, ...parts: (string | null | undefined)[]): string {
  const hash = createHash("sha256").update(scope);
  for (const part of parts) hash.update("\0").update(part ?? "");
  return hash.digest("hex");
}

// --- database ----------------------------------------------------------------------------------------

/**
 * Takes one attempt from `key`'s current window, atomically: of any number of concurrent callers, on
 * any number of instances, at most `policy.limit` per window are allowed. Fails closed.
 */
export async function takeRateLimit(db: DbOrTx, key: string, policy: RateLimitPolicy, now: Date): Promise<RateLimitDecision> {
  try {
    const windowFloor = new Date(now.getTime() - policy.windowMs);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      // 1. The current window: count this attempt and read the count in one statement.
      const counted = await db.rateLimit
        .update({ where: { key, windowStart: { gt: windowFloor } }, data: { count: { increment: 1 } } })
        .catch((error: unknown) => (isRecordNotFound(error) ? null : Promise.reject(error)));
      if (counted) return rateLimitDecision(counted, policy);

      // 2. An ended window: start a new one. Of two concurrent callers one restarts it; the other's
      //    condition no longer holds (PostgreSQL re-checks it after the row lock), and it counts in step 1.
      const expiresAt = new Date(now.getTime() + policy.windowMs);
      const restarted = await db.rateLimit.updateMany({
        where: { key, windowStart: { lte: windowFloor } },
        data: { windowStart: now, count: 1, expiresAt },
      });
      if (restarted.count === 1) return rateLimitDecision({ count: 1, windowStart: now }, policy);

      // 3. No row: the first attempt. A concurrent first attempt wins the insert; this one goes round again.
      try {
        await db.rateLimit.create({ data: { key, windowStart: now, count: 1, expiresAt } });
        await pruneRateLimits(db, now);
        return rateLimitDecision({ count: 1, windowStart: now }, policy);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    throw new Error(`rate limit: no decision after ${MAX_ROUNDS} rounds`);
  } catch (error) {
    log.error("rate limit unavailable: refusing the attempt", { error });
    return { allowed: false, retryAt: new Date(now.getTime() + UNAVAILABLE_RETRY_MS), reason: "unavailable" };
  }
}

/** Gives one attempt back to `key` (a sign-in that succeeded). Best effort: a failure only leaves it counted. */
export async function refundRateLimit(db: DbOrTx, key: string): Promise<void> {
  try {
    await db.rateLimit.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
  } catch (error) {
    log.warn("rate limit: could not give back an attempt", { error });
  }
}

/** Deletes the rows of windows that have ended. */
export async function pruneRateLimits(db: DbOrTx, now: Date): Promise<number> {
  return (await db.rateLimit.deleteMany({ where: { expiresAt: { lt: now } } })).count;
}

export type SignInAttempt =
  | { allowed: true; remaining: number; /** Gives the attempt back: call it when the password was right. */ succeeded: () => Promise<void> }
  | { allowed: false; retryAt: Date; reason: "limited" | "unavailable" };

/**
 * The password step's rate limit, per (sign-in identifier, source IP): call before checking the
 * password; refuse the sign-in when `allowed` is false; call `succeeded()` when the password was right.
 */
export async function beginSignInAttempt(
  db: DbOrTx,
  { identifier, sourceIp }: { identifier: string; sourceIp: string | null },
  now: Date,
  policy: RateLimitPolicy = SIGN_IN_RATE_LIMIT,
): Promise<SignInAttempt> {
  const key = rateLimitKey("signin", identifier, sourceIp ?? "unknown");
  const decision = await takeRateLimit(db, key, policy, now);
  if (!decision.allowed) return decision;
  return { allowed: true, remaining: decision.remaining, succeeded: () => refundRateLimit(db, key) };
}

/**
 * New sandbox accounts per source IP per hour, through the sign-up page and POST /api/sandboxes alike:
 * enough for a class behind one address (and a test suite's run), not for filling the database.
 */
export const SIGN_UP_RATE_LIMIT: RateLimitPolicy = { limit: 200, windowMs: 60 * 60 * 1000 };

/** Takes one sign-up from `sourceIp`'s hourly allowance, before any work is done; fails closed. */
export function takeSignUpSlot(db: DbOrTx, sourceIp: string | null, now: Date, policy: RateLimitPolicy = SIGN_UP_RATE_LIMIT): Promise<RateLimitDecision> {
  return takeRateLimit(db, rateLimitKey("signup", sourceIp ?? "unknown"), policy, now);
}

function isRecordNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2025";
}
