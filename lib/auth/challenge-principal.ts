import "server-only";
import { cookies } from "next/headers";
import { getDb } from "../db/client";
import type { Principal } from "../iam/principal";
import { CHALLENGE_COOKIE, type ChallengePurpose, challengedPrincipal } from "./sign-in-challenge";

/** For the MFA and password-change pages: whose password step this browser completed, if it is still live. */
export async function getChallengePrincipal(purpose: ChallengePurpose = "mfa"): Promise<{ principal: Principal; rootEmail: string | null } | null> {
  const db = getDb();
  const signIn = await challengedPrincipal(db, (await cookies()).get(CHALLENGE_COOKIE)?.value, purpose);
  if (!signIn) return null;
  const { principal } = signIn;
  const rootEmail = principal.isRoot
    ? ((await db.account.findUnique({ where: { id: principal.accountId }, select: { rootEmail: true } }))?.rootEmail ?? null)
    : null;
  return { principal, rootEmail };
}
