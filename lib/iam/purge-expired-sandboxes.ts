import { serializableTransaction } from "../db/transactions";
import type { Db } from "../db/types";
import { demoCopyExpiresAt } from "./demo-copies";

const HOUR_MS = 60 * 60 * 1000;

/**
 * When a sandbox account is deleted: `expiryHours` after it was created; a visitor's copy of the demo
 * account, DEMO_COPY_EXPIRY_HOURS after; the demo account, and any account while expiry is off, never.
 */
export function sandboxExpiresAt(account: { createdAt: Date; isDemo: boolean; isDemoCopy?: boolean }, expiryHours: number | null): Date | null {
  if (account.isDemoCopy) return demoCopyExpiresAt(account.createdAt);
  if (account.isDemo || expiryHours === null) return null;
  return new Date(account.createdAt.getTime() + expiryHours * HOUR_MS);
}

/**
 * Deletes every sandbox account created more than `expiryHours` before `now`, with everything in it;
 * never the demo account. Returns how many accounts it deleted.
 */
export async function purgeExpiredSandboxes(db: Db, { now, expiryHours }: { now: Date; expiryHours: number }): Promise<number> {
  // Zero hours would make every sandbox expired at once: "expiry off" is the caller's null, never a purge.
  if (!Number.isInteger(expiryHours) || expiryHours < 1) throw new RangeError(`expiryHours must be a positive whole number, not ${expiryHours}`);
  const expired = { isDemo: false, createdAt: { lt: new Date(now.getTime() - expiryHours * HOUR_MS) } };
  return serializableTransaction(db, async (tx) => {
    // MfaDevice.user is onDelete: Restrict: the devices go first, so nothing depends on the order in
    // which the database runs the account's cascades.
    await tx.mfaDevice.deleteMany({ where: { account: expired } });
    const { count } = await tx.account.deleteMany({ where: expired });
    return count;
  });
}

/**
 * Deletes the one sandbox `accountId` if it has expired by its own clock at `now`: how a controlled
 * clock moved past the expiry takes effect at once, instead of at the next hourly purge.
 */
export async function purgeSandboxIfExpired(db: Db, { accountId, now, expiryHours }: { accountId: string; now: Date; expiryHours: number | null }): Promise<boolean> {
  const account = await db.account.findUnique({ where: { id: accountId }, select: { createdAt: true, isDemo: true } });
  const expiresAt = account && sandboxExpiresAt(account, expiryHours);
  if (!expiresAt || expiresAt > now) return false;
  return serializableTransaction(db, async (tx) => {
    await tx.mfaDevice.deleteMany({ where: { accountId } });
    return (await tx.account.deleteMany({ where: { id: accountId, isDemo: false } })).count === 1;
  });
}
