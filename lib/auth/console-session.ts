import "server-only";
import { ACCOUNT_CLOCK, clockedNow } from "../clock/account-clock";
import type { Db, DbOrTx } from "../db/types";
import { recordCallerEvent } from "../iam/events";
import { newId } from "../iam/ids";
import { PRINCIPAL_ACCOUNT_FIELDS, type PrincipalAccountRow } from "../iam/get-principal";
import type { Principal, RequestContext } from "../iam/principal";

/** Console sessions last 12 hours at most, as AWS's do. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export type ConsoleSessionRecord = {
  id: string;
  accountId: string;
  userId: string | null;
  mfaAuthenticatedAt: Date | null;
  createdAt: Date;
  /** The account's "now" (its clock, lib/clock/account-clock.ts) at which the session was found active. */
  now: Date;
  /** What the session's Principal needs of its account, read with it (lib/auth/session.ts: one query fewer per page). */
  account: PrincipalAccountRow;
};

export async function createConsoleSession(
  db: DbOrTx,
  { principal, now, mfaAuthenticatedAt = null }: { principal: Principal; now: Date; mfaAuthenticatedAt?: Date | null },
): Promise<string> {
  const id = newId();
  await db.consoleSession.create({
    data: {
      id,
      accountId: principal.accountId,
      userId: principal.userId,
      mfaAuthenticatedAt,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
    },
  });
  return id;
}

/**
 * The session if it exists, has not expired by its account's clock at `realNow`, and was not signed
 * out; a replayed old cookie gets null.
 */
export async function findActiveSession(db: DbOrTx, id: string, realNow: Date = new Date()): Promise<ConsoleSessionRecord | null> {
  const row = await db.consoleSession.findFirst({
    where: { id, revokedAt: null },
    select: {
      id: true,
      accountId: true,
      userId: true,
      mfaAuthenticatedAt: true,
      createdAt: true,
      expiresAt: true,
      account: { select: { ...ACCOUNT_CLOCK.select, ...PRINCIPAL_ACCOUNT_FIELDS } },
    },
  });
  if (!row) return null;
  const { clockOffsetSeconds, ...account } = row.account;
  const now = clockedNow(clockOffsetSeconds, realNow);
  if (row.expiresAt <= now) return null;
  return { id: row.id, accountId: row.accountId, userId: row.userId, mfaAuthenticatedAt: row.mfaAuthenticatedAt, createdAt: row.createdAt, now, account };
}

export async function revokeSession(db: DbOrTx, id: string, now: Date): Promise<void> {
  await db.consoleSession.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
}

/** The end of a successful console sign-in: the session and its ConsoleLogin record, together. */
export async function startConsoleSession(
  db: Db,
  input: { principal: Principal; now: Date; context: RequestContext; mfaUsed: boolean },
): Promise<string> {
  const { principal, now } = input;
  return db.$transaction(async (tx) => {
    const id = await createConsoleSession(tx, { principal, now, mfaAuthenticatedAt: input.mfaUsed ? now : null });
    await recordCallerEvent(tx, { actor: principal, now, context: input.context }, "ConsoleLogin", null, {
      source: "signin",
      responseElements: { ConsoleLogin: "Success" },
      additionalEventData: consoleLoginData(input.mfaUsed),
    });
    return id;
  });
}

/** Two consecutive codes typed in this session's own wizard prove the device: the session counts as MFA-authenticated. */
export async function markSessionMfaAuthenticated(db: DbOrTx, id: string, now: Date): Promise<void> {
  await db.consoleSession.updateMany({ where: { id, revokedAt: null }, data: { mfaAuthenticatedAt: now } });
}

export function consoleLoginData(mfaUsed: boolean) {
  return { MFAUsed: mfaUsed ? "Yes" : "No", LoginTo: "https://console.aws.amazon.com/console/home" };
}
