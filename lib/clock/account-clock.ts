import { createHash, randomBytes } from "node:crypto";
import type { DbOrTx } from "../db/types";

// The one place a door learns "now" for an account. Every account runs on the real clock, except a
// sandbox made with a controlled clock (POST /api/sandboxes {"controlledClock": true}, only while the
// server runs with TEST_CLOCKS on), whose "now" is the real time plus an offset that the test moves
// forward through POST /api/sandboxes/<id>/clock. The domain takes `now` as a parameter everywhere, so
// TOTP steps, backoff and lockout, challenge and session expiry, and sandbox expiry all follow it.
//
// SigV4's 15-minute skew is checked against the real clock: the AWS CLI and SDKs sign with the real
// time, whatever the account's clock says.

/** `realNow` moved on by an account's clock offset (null: the real clock). */
export function clockedNow(offsetSeconds: number | null | undefined, realNow: Date = new Date()): Date {
  return offsetSeconds ? new Date(realNow.getTime() + offsetSeconds * 1000) : realNow;
}

/** The account's "now". An account that does not exist (any more) is on the real clock. */
export async function accountNow(db: DbOrTx, accountId: string, realNow: Date = new Date()): Promise<Date> {
  const account = await db.account.findUnique({ where: { id: accountId }, select: { clockOffsetSeconds: true } });
  return clockedNow(account?.clockOffsetSeconds, realNow);
}

/** The select that brings an account's clock along with a row that belongs to it, saving a query. */
export const ACCOUNT_CLOCK = { select: { clockOffsetSeconds: true } } as const;

export const hashClockToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new controlled clock: its token (given to the sandbox's maker once) and what the account stores. */
export function newControlledClock(): { token: string; stored: { clockOffsetSeconds: number; clockTokenHash: string } } {
  const token = randomBytes(24).toString("base64url");
  return { token, stored: { clockOffsetSeconds: 0, clockTokenHash: hashClockToken(token) } };
}

/** The most one call moves a clock: a year, in seconds (enough to pass any rule; keeps the offset an Int). */
export const MAX_CLOCK_ADVANCE_SECONDS = 366 * 24 * 60 * 60;
const MAX_OFFSET_SECONDS = 2 ** 31 - 1;

/**
 * Moves the controlled clock of the account `token` opens forward by `seconds`; the account's new
 * "now", or null when the token opens no clock (an account without one is refused like a wrong token).
 */
export async function advanceClock(db: DbOrTx, { accountId, token, seconds }: { accountId: string; token: string; seconds: number }): Promise<Date | null> {
  const { count } = await db.account.updateMany({
    // The offset is a 32-bit integer: a clock already 68 years ahead moves no further.
    where: { id: accountId, clockTokenHash: hashClockToken(token), clockOffsetSeconds: { not: null, lte: MAX_OFFSET_SECONDS - seconds } },
    data: { clockOffsetSeconds: { increment: seconds } },
  });
  return count === 1 ? accountNow(db, accountId) : null;
}
