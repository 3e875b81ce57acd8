import { createHash } from "node:crypto";
import type { Db } from "../db/types";
import { decryptSecret } from "../mfa/secret-crypto";
import { getPrincipal, PRINCIPAL_ACCOUNT_FIELDS, PRINCIPAL_USER_FIELDS, rootPrincipal, userPrincipal } from "./get-principal";
import type { Principal } from "./principal";

export type SigningCredentials = {
  principal: Principal;
  secretAccessKey: string;
  /** For temporary credentials: the hash the X-Amz-Security-Token must match. */
  sessionTokenHash: string | null;
  /** When MFA was used to obtain these credentials; null for long-term keys and sessions without MFA. */
  mfaAuthenticatedAt: Date | null;
};

export const hashSessionToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * The credentials behind an access key id, for checking a SigV4 signature: an active long-term key
 * ("AKIA…") or unexpired temporary credentials from GetSessionToken ("ASIA…"). Null otherwise.
 */
export async function findSigningCredentials(
  db: Db,
  input: { accessKeyId: string; now: Date; encryptionKey: Buffer },
): Promise<SigningCredentials | null> {
  const { accessKeyId, now } = input;
  if (accessKeyId.startsWith("ASIA")) {
    const credential = await db.temporaryCredential.findFirst({ where: { id: accessKeyId, expiresAt: { gt: now } } });
    const principal = credential && (await getPrincipal(db, credential.accountId, credential.userId));
    if (!credential || !principal) return null;
    return {
      principal,
      secretAccessKey: decryptSecret(credential.secretCiphertext, input.encryptionKey),
      sessionTokenHash: credential.sessionTokenHash,
      mfaAuthenticatedAt: credential.mfaAuthenticatedAt,
    };
  }
  // The key and its principal in one query: every signed request starts here.
  const key = await db.accessKey.findFirst({
    where: { id: accessKeyId, status: "Active" },
    select: {
      secretCiphertext: true,
      account: { select: PRINCIPAL_ACCOUNT_FIELDS },
      user: { select: PRINCIPAL_USER_FIELDS },
    },
  });
  if (!key) return null;
  return {
    principal: key.user ? userPrincipal(key.account, key.user) : rootPrincipal(key.account),
    secretAccessKey: decryptSecret(key.secretCiphertext, input.encryptionKey),
    sessionTokenHash: null,
    mfaAuthenticatedAt: null,
  };
}

/** How stale a key's "Last used" may get: a busy key is written once a minute, not on every request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Records that a long-term key signed a request: when, for which service ("iam", "sts") and in which
 * region of its SigV4 scope (the console's "Last used" and GetAccessKeyLastUsed, to the minute: the
 * one conditional update writes nothing while the last write is under a minute old).
 */
export async function markAccessKeyUsed(
  db: Db,
  input: { accessKeyId: string; service: string; region: string; now: Date },
): Promise<void> {
  const { accessKeyId, now } = input;
  if (!accessKeyId.startsWith("AKIA")) return;
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  await db.accessKey.updateMany({
    where: { id: accessKeyId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] },
    data: { lastUsedAt: now, lastUsedService: input.service, lastUsedRegion: input.region },
  });
}
