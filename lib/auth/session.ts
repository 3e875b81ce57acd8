import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "../db/client";
import { getPrincipal } from "../iam/get-principal";
import { hasAssignedMfa } from "../iam/mfa-devices";
import { targetOf } from "../iam/credentials-target";
import type { Principal } from "../iam/principal";
import { auth } from "./auth";
import { findActiveSession } from "./console-session";

export type ConsoleIdentity = {
  sessionId: string;
  principal: Principal;
  signedInAt: Date;
  /** When MFA was used to sign in; null when it was not. */
  mfaAuthenticatedAt: Date | null;
  /** This request's "now" for the account: the real time, or its controlled clock's (lib/clock/account-clock.ts). */
  now: Date;
};

/** The signed-in principal of this request, checked against the database; null when there is none. */
export const getIdentity = cache(async (): Promise<ConsoleIdentity | null> => {
  const session = await auth();
  if (!session?.sid) return null;
  const db = getDb();
  const record = await findActiveSession(db, session.sid);
  if (!record) return null;
  const principal = await getPrincipal(db, record.accountId, record.userId);
  if (!principal) return null;
  // A principal with MFA needs a session that used it. This refuses the sessions that predate the
  // device (another browser signed in before it was assigned), and any cookie minted without a code.
  if (!record.mfaAuthenticatedAt && (await hasAssignedMfa(db, principal.accountId, targetOf(principal)))) return null;
  return {
    sessionId: record.id,
    principal,
    signedInAt: record.createdAt,
    mfaAuthenticatedAt: record.mfaAuthenticatedAt,
    now: record.now,
  };
});

/** For console pages: the identity, or a redirect to the sign-in page. */
export async function requireIdentity(): Promise<ConsoleIdentity> {
  const identity = await getIdentity();
  if (!identity) redirect("/signin");
  return identity;
}
