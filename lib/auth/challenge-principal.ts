import "server-only";
import { cookies } from "next/headers";
import { getDb } from "../db/client";
import { getPrincipal } from "../iam/get-principal";
import type { Principal } from "../iam/principal";
import { CHALLENGE_COOKIE, type ChallengePurpose, findChallenge } from "./sign-in-challenge";

/** For the MFA and password-change pages: whose password step this browser completed, if it is still live. */
export async function getChallengePrincipal(purpose: ChallengePurpose = "mfa"): Promise<{ principal: Principal; rootEmail: string | null } | null> {
  const db = getDb();
  const challenge = await findChallenge(db, (await cookies()).get(CHALLENGE_COOKIE)?.value, purpose);
  const principal = challenge && (await getPrincipal(db, challenge.accountId, challenge.userId));
  if (!principal) return null;
  const rootEmail = principal.isRoot
    ? ((await db.account.findUnique({ where: { id: principal.accountId }, select: { rootEmail: true } }))?.rootEmail ?? null)
    : null;
  return { principal, rootEmail };
}
