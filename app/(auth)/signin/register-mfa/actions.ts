"use server";

import { redirect } from "next/navigation";
import { HOME_PATH } from "@/lib/auth/callback-url";
import { getIdentity, postponeRootMfaPrompt } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { noteRootMfaPrompt } from "@/lib/iam/root-mfa-enrollment";

/**
 * "Skip for now": the root user postpones registering MFA until the next sign-in, while the 35 days
 * last (the session must be the prompted one; a cookie marks it, the days are counted in the database).
 */
export async function postponeMfaEnrollmentAction(): Promise<void> {
  const identity = await getIdentity();
  if (!identity) redirect("/signin");
  const enrollment = identity.rootMfaEnrollment;
  if (enrollment && !enrollment.required) {
    await noteRootMfaPrompt(getDb(), identity.principal.accountId, identity.now);
    await postponeRootMfaPrompt(identity.sessionId);
  }
  redirect(HOME_PATH);
}
