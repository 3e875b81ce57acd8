"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { resyncFromChallenge } from "@/lib/auth/challenge-resync";
import { originFrom, requestContextFrom } from "@/lib/auth/request-context";
import { CHALLENGE_COOKIE, deleteChallenge } from "@/lib/auth/sign-in-challenge";
import { MfaSignInFailed, PasswordChangeRequired, PasswordExpired } from "@/lib/auth/sign-in-errors";
import { iamSettings } from "@/lib/config/iam-settings";
import { getDb } from "@/lib/db/client";
import { fieldErrorsOf, type FormState, formFields } from "@/lib/forms";
import { mfaCodeSchema } from "@/lib/iam/mfa-schemas";
import type { MfaFailure } from "@/lib/mfa/mfa-failure";

// These actions need no session: the httpOnly challenge cookie, checked against the database by
// lib/auth, is their authority, and each refuses to do anything without a live one.

const EXPIRED = "/signin?expired=1";

export async function verifyMfaAction(_previous: FormState, formData: unknown): Promise<FormState> {
  const fields = formFields(formData);
  const callbackUrl = safeCallbackUrl(fields.callbackUrl, originFrom(await headers()));
  let failure: MfaFailure;
  try {
    await signIn("mfa", { code: fields.code ?? "", redirectTo: callbackUrl });
    return {};
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof PasswordChangeRequired) redirect(`/signin/password-change?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    if (error instanceof PasswordExpired) return { error: "signIn.passwordExpired" };
    // Any other next-auth failure (a configuration error) is as good as a lost challenge: start over.
    failure = error instanceof MfaSignInFailed ? error.failure : { ok: false, reason: "expired" };
  }
  switch (failure.reason) {
    case "malformed":
      return { fieldErrors: { code: "mfaWizard.codeFormat" } };
    case "expired":
    case "no-device":
      redirect(EXPIRED);
    case "invalid":
      return { error: "mfaSignIn.invalid" };
    case "wait":
    case "locked":
      return {
        error: failure.reason === "wait" ? "mfaSignIn.wait" : "mfaSignIn.locked",
        errorParams: { seconds: failure.retryInSeconds, time: failure.retryAt.toISOString().slice(11, 19) },
      };
  }
}

export async function cancelMfaAction(): Promise<void> {
  const jar = await cookies();
  await deleteChallenge(getDb(), jar.get(CHALLENGE_COOKIE)?.value);
  jar.delete({ name: CHALLENGE_COOKIE, path: "/signin" });
  redirect("/signin");
}

export async function resyncAtSignInAction(_previous: FormState & { done?: boolean }, formData: unknown): Promise<FormState & { done?: boolean }> {
  const parsed = z.object({ code1: mfaCodeSchema, code2: mfaCodeSchema }).safeParse(formFields(formData));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  const outcome = await resyncFromChallenge(getDb(), {
    token: (await cookies()).get(CHALLENGE_COOKIE)?.value,
    ...parsed.data,
    context: requestContextFrom(await headers()),
    settings: iamSettings(),
  });
  if (outcome === "expired") redirect(EXPIRED);
  return outcome === "resynced" ? { done: true } : { error: "iamErrors.InvalidAuthenticationCode" };
}
