import type { DbOrTx } from "../db/types";
import { newChallenge, type RelyingParty, WEBAUTHN_CHALLENGE_TTL_MS } from "../mfa/webauthn";
import { newId } from "./ids";

// A WebAuthn ceremony's challenge lives in the database, so the instance that answers the browser need
// not be the one that asked it, and is taken (deleted) by the first answer that names it: a replayed
// answer, or a second tab's, finds nothing.

export type WebAuthnPurpose = "registration" | "authentication";

export type WebAuthnCeremony = {
  challenge: string;
  purpose: WebAuthnPurpose;
  accountId: string;
  /** The IAM user whose device it is; null for the root user. */
  userId: string | null;
  /** Registration: the console session that started it, and the name typed for the device. */
  sessionId?: string | null;
  deviceName?: string | null;
  /** Authentication: the password step's sign-in challenge. */
  signInChallengeId?: string | null;
  rp: RelyingParty;
};

/** Stores a new ceremony and returns its challenge; `challenge` only for tests replaying recorded answers. */
export async function startCeremony(
  db: DbOrTx,
  input: Omit<WebAuthnCeremony, "challenge"> & { now: Date; challenge?: string },
): Promise<string> {
  const challenge = input.challenge ?? newChallenge();
  const { now } = input;
  // One live ceremony per console session or sign-in: a new one replaces it, so asking again and again
  // leaves one row, and expired ones are cleared on the way.
  const binding =
    input.purpose === "registration"
      ? { purpose: input.purpose, sessionId: input.sessionId ?? null }
      : { purpose: input.purpose, signInChallengeId: input.signInChallengeId ?? null };
  await db.webAuthnChallenge.deleteMany({ where: { OR: [{ expiresAt: { lte: now } }, binding] } });
  await db.webAuthnChallenge.create({
    data: {
      id: newId(),
      challenge,
      purpose: input.purpose,
      accountId: input.accountId,
      userId: input.userId,
      sessionId: input.sessionId ?? null,
      deviceName: input.deviceName ?? null,
      signInChallengeId: input.signInChallengeId ?? null,
      rpId: input.rp.id,
      origin: input.rp.origin,
      createdAt: now,
      expiresAt: new Date(now.getTime() + WEBAUTHN_CHALLENGE_TTL_MS),
    },
  });
  return challenge;
}

/**
 * Takes the live ceremony of this challenge and purpose, if `bound` matches it (the session or sign-in
 * challenge that started it): of any number of concurrent or replayed answers exactly one gets it.
 */
export async function takeCeremony(
  db: DbOrTx,
  input: { challenge: string | null; purpose: WebAuthnPurpose; now: Date; bound: { sessionId: string } | { signInChallengeId: string } },
): Promise<WebAuthnCeremony | null> {
  if (!input.challenge) return null;
  const row = await db.webAuthnChallenge.findUnique({ where: { challenge: input.challenge } });
  if (!row || row.purpose !== input.purpose || row.expiresAt <= input.now) return null;
  const matches = "sessionId" in input.bound ? row.sessionId === input.bound.sessionId : row.signInChallengeId === input.bound.signInChallengeId;
  if (!matches) return null;
  const { count } = await db.webAuthnChallenge.deleteMany({ where: { id: row.id, expiresAt: { gt: input.now } } });
  if (count !== 1) return null;
  return {
    challenge: row.challenge,
    purpose: input.purpose,
    accountId: row.accountId,
    userId: row.userId,
    sessionId: row.sessionId,
    deviceName: row.deviceName,
    signInChallengeId: row.signInChallengeId,
    rp: { id: row.rpId, origin: row.origin },
  };
}
