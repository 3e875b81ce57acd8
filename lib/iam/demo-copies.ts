import { createHash, randomBytes, randomUUID } from "node:crypto";
import { addDemoContents } from "../demo-contents";
import { DEMO_ACCOUNT } from "../demo";
import type { Db } from "../db/types";
import { createAccount } from "./create-account";
import type { RequestContext } from "./principal";

// While demo mode is on, the sign-in page publishes the demo account's passwords, so anyone could
// assign an MFA device to it or change a password and lock everyone else out. No one ever signs in to
// the seeded demo account itself: each visitor who signs in with the published credentials gets a
// private copy of it, made on demand from the same contents, reachable only with the token of that
// visitor's cookie, and deleted DEMO_COPY_EXPIRY_HOURS after it was made (lib/auth/demo-sign-in.ts).

/** How long a visitor's copy lives, whether or not sandboxes expire: a class's day. */
export const DEMO_COPY_EXPIRY_HOURS = 24;
const HOUR_MS = 60 * 60 * 1000;

export const hashDemoCopyToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new private copy of the demo account, and the token that opens it (the database keeps its hash). */
export async function createDemoCopy(
  db: Db,
  { now, context }: { now: Date; context: RequestContext },
): Promise<{ accountId: string; rootEmail: string; token: string }> {
  const token = randomBytes(32).toString("base64url");
  // Never typed by anyone: the visitor signs in with the published e-mail, which leads here.
  const rootEmail = `copy-${randomUUID()}@copies.demo.mock-iam.test`;
  const { accountId } = await createAccount(db, {
    email: rootEmail,
    accountName: DEMO_ACCOUNT.accountName,
    password: DEMO_ACCOUNT.root.password,
    isDemo: true,
    consoleVersion: DEMO_ACCOUNT.consoleVersion,
    demoCopyTokenHash: hashDemoCopyToken(token),
    now,
    context,
  });
  await db.$transaction((tx) => addDemoContents(tx, { accountId, now, context }));
  return { accountId, rootEmail, token };
}

/** The visitor's unexpired copy: its id and root e-mail; null for no token, or one that opens nothing. */
export async function findDemoCopy(db: Db, token: string | null | undefined, now: Date): Promise<{ accountId: string; rootEmail: string } | null> {
  if (!token) return null;
  const copy = await db.account.findUnique({ where: { demoCopyTokenHash: hashDemoCopyToken(token) }, select: { id: true, rootEmail: true, createdAt: true } });
  if (!copy || demoCopyExpired(copy.createdAt, now)) return null;
  return { accountId: copy.id, rootEmail: copy.rootEmail };
}

/** Whether `accountId` is someone's copy that `token` does not open: such an account refuses the sign-in. */
export async function isOthersDemoCopy(db: Db, accountId: string, token: string | null | undefined): Promise<boolean> {
  const account = await db.account.findUnique({ where: { id: accountId }, select: { demoCopyTokenHash: true } });
  return account?.demoCopyTokenHash != null && (!token || account.demoCopyTokenHash !== hashDemoCopyToken(token));
}

export function demoCopyExpiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + DEMO_COPY_EXPIRY_HOURS * HOUR_MS);
}

const demoCopyExpired = (createdAt: Date, now: Date) => demoCopyExpiresAt(createdAt) <= now;

/** Deletes the copies past their time, with everything in them. Returns how many. */
export async function purgeExpiredDemoCopies(db: Db, now: Date): Promise<number> {
  const expired = { demoCopyTokenHash: { not: null }, createdAt: { lte: new Date(now.getTime() - DEMO_COPY_EXPIRY_HOURS * HOUR_MS) } };
  return db.$transaction(async (tx) => {
    await tx.mfaDevice.deleteMany({ where: { account: expired } });
    return (await tx.account.deleteMany({ where: expired })).count;
  });
}
