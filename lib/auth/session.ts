import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "../db/client";
import { getPrincipal } from "../iam/get-principal";
import { hasAssignedMfa } from "../iam/mfa-devices";
import { targetOf } from "../iam/credentials-target";
import type { Principal } from "../iam/principal";
import { type RootMfaEnrollment, rootMfaEnrollment, rootMfaPromptedAt } from "../iam/root-mfa-enrollment";
import { auth } from "./auth";
import { cameOverHttps, requestContextFrom } from "./request-context";
import { findActiveSession } from "./console-session";
import { readRoleTicket } from "./role-cookies";
import { findRoleSession } from "./switch-role";
import type { RoleHistoryEntry } from "./switch-role-form";

/** An IAM user's console session acting as a role: who switched, and how the navigation bar shows the role. */
export type SwitchedRole = { user: Principal; view: RoleHistoryEntry; expiresAt: Date };

export type ConsoleIdentity = {
  sessionId: string;
  /** Who acts: the signed-in root user or IAM user, or the role session it switched to. */
  principal: Principal;
  /** Set while the IAM user acts as a role (for one hour, or until "Back to"); principal is then the role session. */
  switchedRole: SwitchedRole | null;
  signedInAt: Date;
  /** When MFA was used to sign in; null when it was not. */
  mfaAuthenticatedAt: Date | null;
  /** A root user without MFA in the current console: asked to register a device (AWS's 2024 rule). */
  rootMfaEnrollment: RootMfaEnrollment | null;
  /** This request's "now" for the account: the real time, or its controlled clock's (lib/clock/account-clock.ts). */
  now: Date;
};

/** Where a root user without MFA registers a device, or postpones it; console pages send them there. */
export const ROOT_MFA_ENROLLMENT_PATH = "/signin/register-mfa";
/** Holds the session id whose root user chose "Skip for now": the prompt then waits for the next sign-in. */
export const MFA_ENROLLMENT_POSTPONED_COOKIE = "mfa_enrollment_postponed";

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
  let enrollment: RootMfaEnrollment | null = null;
  if (!record.mfaAuthenticatedAt) {
    if (await hasAssignedMfa(db, principal.accountId, targetOf(principal))) return null;
    if (principal.isRoot && principal.consoleVersion === "current") enrollment = rootMfaEnrollment(await rootMfaPromptedAt(db, principal.accountId), record.now);
  }
  const { sourceIp } = requestContextFrom(await headers());
  // A console sign-in is a session: aws:MultiFactorAuthPresent says whether it used MFA.
  const signedIn: Principal = {
    ...principal,
    request: {
      now: record.now,
      session: { issuedAt: record.createdAt, mfaAuthenticatedAt: record.mfaAuthenticatedAt },
      ...(sourceIp && { sourceIp }),
      secureTransport: cameOverHttps(await headers()),
    },
  };
  const ticket = await readRoleTicket();
  const role = ticket && (await findRoleSession(db, { ticket, user: signedIn, sessionStartedAt: record.createdAt, now: record.now }));
  return {
    sessionId: record.id,
    principal: role ? role.principal : signedIn,
    switchedRole: role ? { user: signedIn, view: role.view, expiresAt: role.expiresAt } : null,
    signedInAt: record.createdAt,
    mfaAuthenticatedAt: record.mfaAuthenticatedAt,
    rootMfaEnrollment: enrollment,
    now: record.now,
  };
});

/** Lets this session's root user into the console without registering MFA until the next sign-in. */
export async function postponeRootMfaPrompt(sessionId: string): Promise<void> {
  (await cookies()).set(MFA_ENROLLMENT_POSTPONED_COOKIE, sessionId, { httpOnly: true, sameSite: "lax", path: "/" });
}

/**
 * For console pages: the identity, or a redirect to the sign-in page; a root user who must register
 * MFA, and has not postponed it in this session, goes to the registration prompt first.
 */
export async function requireIdentity(): Promise<ConsoleIdentity> {
  const identity = await getIdentity();
  if (!identity) redirect("/signin");
  const enrollment = identity.rootMfaEnrollment;
  if (enrollment && (enrollment.required || (await cookies()).get(MFA_ENROLLMENT_POSTPONED_COOKIE)?.value !== identity.sessionId)) {
    redirect(ROOT_MFA_ENROLLMENT_PATH);
  }
  return identity;
}
