import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { ACCOUNT_CLOCK, clockedNow } from "../clock/account-clock";
import type { DbOrTx } from "../db/types";
import { getPrincipal } from "../iam/get-principal";
import { newId } from "../iam/ids";
import type { Principal } from "../iam/principal";

/** A password step is good for five minutes of MFA attempts, and only in the browser that made it. */
export const CHALLENGE_TTL_MS = 5 * 60 * 1000;
export const CHALLENGE_COOKIE = "mfa_challenge";

/** What a challenge leads to: an MFA code, or a new password (PasswordResetRequired, or an expired password). */
export type ChallengePurpose = "mfa" | "password";

export type SignInChallenge = {
  id: string;
  accountId: string;
  userId: string | null;
  expiresAt: Date;
  /** Set on a password challenge that follows a code: when MFA was used. */
  mfaAuthenticatedAt: Date | null;
  /** The account's "now" (its clock, lib/clock/account-clock.ts) at which the challenge was found live. */
  now: Date;
};

// The browser holds a random token; the database holds only its hash, so a database dump cannot be
// replayed as a cookie.
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

const PRUNE_EVERY = 16;
let challengesStarted = 0;

/**
 * Starts a challenge for `principal`, replacing the one this browser held (`previousToken`): an MFA
 * challenge unless `purpose` says otherwise; a password challenge after a code carries when MFA was used.
 */
export async function createChallenge(
  db: DbOrTx,
  {
    principal,
    now,
    previousToken,
    purpose = "mfa",
    mfaAuthenticatedAt = null,
  }: { principal: Principal; now: Date; previousToken?: string | null; purpose?: ChallengePurpose; mfaAuthenticatedAt?: Date | null },
): Promise<{ token: string; expiresAt: Date }> {
  if (previousToken) await db.signInChallenge.deleteMany({ where: { tokenHash: hashToken(previousToken) } });
  // Expired rows are already dead (findChallenge ignores them); clearing them is housekeeping, done on
  // one password step in PRUNE_EVERY rather than on each, which a class signing in at once would pay.
  if (++challengesStarted % PRUNE_EVERY === 0) await db.signInChallenge.deleteMany({ where: { expiresAt: { lte: now } } });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + CHALLENGE_TTL_MS);
  await db.signInChallenge.create({
    data: { id: newId(), tokenHash: hashToken(token), accountId: principal.accountId, userId: principal.userId, purpose, mfaAuthenticatedAt, createdAt: now, expiresAt },
  });
  return { token, expiresAt };
}

/**
 * The live challenge of `purpose` behind a cookie value; null for an expired, consumed, unknown or forged
 * token. Expiry is judged by the account's clock at `realNow`, which the challenge hands on as its `now`.
 */
export async function findChallenge(
  db: DbOrTx,
  token: string | null | undefined,
  purpose: ChallengePurpose = "mfa",
  realNow: Date = new Date(),
): Promise<SignInChallenge | null> {
  if (!token || token.length > 128) return null;
  const row = await db.signInChallenge.findFirst({
    where: { tokenHash: hashToken(token), purpose },
    select: { id: true, accountId: true, userId: true, expiresAt: true, mfaAuthenticatedAt: true, account: ACCOUNT_CLOCK },
  });
  if (!row) return null;
  const now = clockedNow(row.account.clockOffsetSeconds, realNow);
  if (row.expiresAt <= now) return null;
  return { id: row.id, accountId: row.accountId, userId: row.userId, expiresAt: row.expiresAt, mfaAuthenticatedAt: row.mfaAuthenticatedAt, now };
}

/** The live challenge of `purpose` behind a cookie value and its principal; null when the sign-in has expired. */
export async function challengedPrincipal(
  db: DbOrTx,
  token: string | null | undefined,
  purpose: ChallengePurpose = "mfa",
  realNow: Date = new Date(),
): Promise<{ challenge: SignInChallenge; principal: Principal } | null> {
  const challenge = await findChallenge(db, token, purpose, realNow);
  const principal = challenge && (await getPrincipal(db, challenge.accountId, challenge.userId));
  return challenge && principal ? { challenge, principal } : null;
}

/** Claims the challenge once: of concurrent claims exactly one gets true. */
export async function consumeChallenge(db: DbOrTx, id: string, now: Date): Promise<boolean> {
  const { count } = await db.signInChallenge.deleteMany({ where: { id, expiresAt: { gt: now } } });
  return count === 1;
}

export async function deleteChallenge(db: DbOrTx, token: string | null | undefined): Promise<void> {
  if (token) await db.signInChallenge.deleteMany({ where: { tokenHash: hashToken(token) } });
}

/** httpOnly and scoped to the sign-in pages; Secure whenever the site is served over HTTPS. */
export function challengeCookieOptions(expiresAt: Date, secure: boolean) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/signin", expires: expiresAt, secure };
}
