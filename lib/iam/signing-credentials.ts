import { createHash } from "node:crypto";
import { ACCOUNT_CLOCK } from "../clock/account-clock";
import type { Db } from "../db/types";
import { decryptSecret } from "../mfa/secret-crypto";
import { PRINCIPAL_ACCOUNT_FIELDS, PRINCIPAL_ROLE_FIELDS, PRINCIPAL_USER_FIELDS, rootPrincipal, roleSessionPrincipal, userPrincipal } from "./get-principal";
import type { Principal } from "./principal";

export type SigningCredentials = {
  principal: Principal;
  secretAccessKey: string;
  /** For temporary credentials: the hash the X-Amz-Security-Token must match. */
  sessionTokenHash: string | null;
  /** When temporary credentials were issued (aws:TokenIssueTime); null for long-term keys. */
  issuedAt: Date | null;
  /** When MFA was used to obtain these credentials; null for long-term keys and sessions without MFA. */
  mfaAuthenticatedAt: Date | null;
  /** A long-term key's last recorded use, or a role session's role's, so that use is written only when stale. */
  lastUsedAt: Date | null;
  /** The account's clock (lib/clock/account-clock.ts), read in the same query. */
  clockOffsetSeconds: number | null;
};

export const hashSessionToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The account's fields a signed request needs: its principal's and its clock. */
const SIGNING_ACCOUNT_FIELDS = { ...PRINCIPAL_ACCOUNT_FIELDS, ...ACCOUNT_CLOCK.select } as const;

/**
 * The credentials behind an access key id, for checking a SigV4 signature: an active long-term key
 * ("AKIA…") or unexpired temporary credentials from GetSessionToken or AssumeRole ("ASIA…"). Null otherwise.
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
      select: {
        userId: true,
        secretCiphertext: true,
        sessionTokenHash: true,
        mfaAuthenticatedAt: true,
        createdAt: true,
        roleSessionName: true,
        // A role's sessions go with the role (onDelete: Cascade), so a session's role always exists.
        role: { select: { ...PRINCIPAL_ROLE_FIELDS, lastUsedAt: true } },
        account: { select: SIGNING_ACCOUNT_FIELDS },
      },
    });
    if (!credential) return null;
    const { account, role } = credential;
    const user = !role && credential.userId && (await db.user.findFirst({ where: { id: credential.userId, accountId: account.id }, select: PRINCIPAL_USER_FIELDS }));
    if (!role && credential.userId && !user) return null;
    return {
      principal: role ? roleSessionPrincipal(account, role, credential.roleSessionName!) : user ? userPrincipal(account, user) : rootPrincipal(account),
      issuedAt: credential.createdAt,
      secretAccessKey: decryptSecret(credential.secretCiphertext, input.encryptionKey),
      sessionTokenHash: credential.sessionTokenHash,
      mfaAuthenticatedAt: credential.mfaAuthenticatedAt,
      lastUsedAt: role?.lastUsedAt ?? null,
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
    issuedAt: null,
    mfaAuthenticatedAt: null,
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

/**
 * Records that a role session signed a request: the role's RoleLastUsed (GetRole), with the region of
 * the request's SigV4 scope, at most once a minute by the same conditional update as markAccessKeyUsed,
 * and, with the use read with the credentials (`lastUsedAt`), without a query while it is recent.
 */
export async function markRoleUsed(db: Db, input: { roleId: string; region: string; now: Date; lastUsedAt?: Date | null }): Promise<void> {
  const stale = new Date(input.now.getTime() - LAST_USED_RESOLUTION_MS);
  if (input.lastUsedAt && input.lastUsedAt >= stale) return;
  await db.role.updateMany({
    where: { id: input.roleId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] },
    data: { lastUsedAt: input.now, lastUsedRegion: input.region },
  });
}
