import "server-only";
import type { DbOrTx } from "../db/types";
import { newId } from "../iam/ids";
import type { Principal } from "../iam/principal";

/** Console sessions last 12 hours at most, as AWS's do. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export type ConsoleSessionRecord = {
  id: string;
  accountId: string;
  userId: string | null;
  mfaAuthenticatedAt: Date | null;
  createdAt: Date;
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

/** The session if it exists, has not expired and was not signed out; a replayed old cookie gets null. */
export async function findActiveSession(db: DbOrTx, id: string, now: Date): Promise<ConsoleSessionRecord | null> {
  return db.consoleSession.findFirst({
    where: { id, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, accountId: true, userId: true, mfaAuthenticatedAt: true, createdAt: true },
  });
}

export async function revokeSession(db: DbOrTx, id: string, now: Date): Promise<void> {
  await db.consoleSession.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
}
