import { createHash } from "node:crypto";
import { ACCOUNT_CLOCK } from "../clock/account-clock";
import type { Db } from "../db/types";
import { decryptSecret } from "../mfa/secret-crypto";
import { PRINCIPAL_ACCOUNT_FIELDS, PRINCIPAL_USER_FIELDS, rootPrincipal, userPrincipal } from "./get-principal";
import type { Principal } from "./principal";

export type SigningCredentials = {
  principal: Principal;
  secretAccessKey: string;
  /** For temporary credentials: the hash the X-Amz-Security-Token must match. */
  sessionTokenHash: string | null;
  /** When MFA was used to obtain these credentials; null for long-term keys and sessions without MFA. */
  mfaAuthenticatedAt: Date | null;
  /** When temporary credentials were issued (aws:TokenIssueTime); null for long-term keys. */
  issuedAt: Date | null;
  /** A long-term key's last recorded use, so markAccessKeyUsed writes only when it is stale. */
  lastUsedAt: Date | null;
  /** The account's clock (lib/clock/account-clock.ts), read in the same query. */
  clockOffsetSeconds: number | null;
};

export const hashSessionToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The account's fields a signed request needs: its principal's and its clock. */
const SIGNING_ACCOUNT_FIELDS = { ...PRINCIPAL_ACCOUNT_FIELDS, ...ACCOUNT_CLOCK.select } as const;

/**
 * The credentials behind an access key id, for checking a SigV4 signature: an active long-term key
 * ("AKIA…") or unexpired temporary credentials from GetSessionToken ("ASIA…"). Null otherwise.
 * Every signed request starts here: a long-term key is one query, with its principal and account.
 */
export async function findSigningCredentials(
  db: Db,
  input: { accessKeyId: string; now: Date; encryptionKey: Buffer },
): Promise<SigningCredentials | null> {
  const { accessKeyId, now } = input;
  if (accessKeyId.startsWith("ASIA")) {
    const credential = await db.temporaryCredential.findFirst({
      where: { id: accessKeyId, expiresAt: { gt: now } },
      select: { userId: true, secretCiphertext: true, sessionTokenHash: true, mfaAuthenticatedAt: true, createdAt: true, account: { select: SIGNING_ACCOUNT_FIELDS } },
    });
    if (!credential) return null;
    const { account } = credential;
    const user = credential.userId && (await db.user.findFirst({ where: { id: credential.userId, accountId: account.id }, select: PRINCIPAL_USER_FIELDS }));
    if (credential.userId && !user) return null;
    return {
      principal: user ? userPrincipal(account, user) : rootPrincipal(account),
      secretAccessKey: decryptSecret(credential.secretCiphertext, input.encryptionKey),
      sessionTokenHash: credential.sessionTokenHash,
      mfaAuthenticatedAt: credential.mfaAuthenticatedAt,
      issuedAt: credential.createdAt,
      lastUsedAt: null,
      clockOffsetSeconds: account.clockOffsetSeconds,
    };
  }
  const key = await db.accessKey.findFirst({
    where: { id: accessKeyId, status: "Active" },
    select: {
      secretCiphertext: true,
      lastUsedAt: true,
      account: { select: SIGNING_ACCOUNT_FIELDS },
      user: { select: PRINCIPAL_USER_FIELDS },
    },
  });
  if (!key) return null;
  return {
    principal: key.user ? userPrincipal(key.account, key.user) : rootPrincipal(key.account),
    secretAccessKey: decryptSecret(key.secretCiphertext, input.encryptionKey),
    sessionTokenHash: null,
    mfaAuthenticatedAt: null,
    issuedAt: null,
    lastUsedAt: key.lastUsedAt,
    clockOffsetSeconds: key.account.clockOffsetSeconds,
  };
}

/** How stale a key's "Last used" may get: a busy key is written once a minute, not on every request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Records that a long-term key signed a request: when, for which service ("iam", "sts") and in which
 * region of its SigV4 scope (the console's "Last used" and GetAccessKeyLastUsed, to the minute). With
 * the use already read (`lastUsedAt`, from findSigningCredentials), a recent one costs no query; the
 * update is conditional all the same, so concurrent requests write it once a minute.
 */
export async function markAccessKeyUsed(
  db: Db,
  input: { accessKeyId: string; service: string; region: string; now: Date; lastUsedAt?: Date | null },
): Promise<void> {
  const { accessKeyId, now } = input;
  if (!accessKeyId.startsWith("AKIA")) return;
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (input.lastUsedAt && input.lastUsedAt >= stale) return;
  await db.accessKey.updateMany({
    where: { id: accessKeyId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] },
    data: { lastUsedAt: now, lastUsedService: input.service, lastUsedRegion: input.region },
  });
}
