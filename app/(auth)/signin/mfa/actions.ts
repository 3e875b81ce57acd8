"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { resyncFromChallenge } from "@/lib/auth/challenge-resync";
import { startPasskeySignIn } from "@/lib/auth/passkey-sign-in";
import { originFrom, requestContextFrom } from "@/lib/auth/request-context";
import { CHALLENGE_COOKIE, deleteChallenge } from "@/lib/auth/sign-in-challenge";
import { MfaSignInFailed, PasswordChangeRequired, PasswordExpired } from "@/lib/auth/sign-in-errors";
import { iamSettings } from "@/lib/config/iam-settings";
import { getDb } from "@/lib/db/client";
import { formatTime } from "@/lib/format-date";
import { fieldErrorsOf, type FormState, formFields } from "@/lib/forms";
import { getLocale, getTimeZone } from "@/lib/i18n/server";
import { mfaCodeSchema } from "@/lib/iam/mfa-schemas";
import type { MfaFailure } from "@/lib/mfa/mfa-failure";
import { type PublicKeyCredentialRequestOptionsJSON, relyingPartyFor } from "@/lib/mfa/webauthn";

// These actions need no session: the httpOnly challenge cookie, checked against the database by
// lib/auth, is their authority, and each refuses to do anything without a live one.

const EXPIRED = "/signin?expired=1";

/** Which way the learner answered the MFA step: a code from a TOTP device, or a passkey or security key. */
type MfaAnswer = "code" | "passkey";

/** The MFA step through next-auth's provider for `answer`: a redirect on success, else what the form says. */
async function signInWithMfa(answer: MfaAnswer, credentials: Record<string, string>, rawCallbackUrl: string | undefined): Promise<FormState> {
  const callbackUrl = safeCallbackUrl(rawCallbackUrl, originFrom(await headers()));
  let failure: MfaFailure;
  try {
    await signIn(answer === "code" ? "mfa" : "passkey", { ...credentials, redirectTo: callbackUrl });
    return {};
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof PasswordChangeRequired) redirect(`/signin/password-change?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    if (error instanceof PasswordExpired) return { error: "signIn.passwordExpired" };
    // Any other next-auth failure (a configuration error) is as good as a lost challenge: start over.
    failure = error instanceof MfaSignInFailed ? error.failure : { ok: false, reason: "expired" };
  }
  return failureState(failure, answer);
}

/** What the MFA form shows for a refused step (or redirects to, when the sign-in must start over). */
async function failureState(failure: MfaFailure, answer: MfaAnswer): Promise<FormState> {
  const passkeyFailed = { error: "mfaChoices.passkeyFailed" };
  switch (failure.reason) {
    case "malformed":
      return answer === "code" ? { fieldErrors: { code: "mfaWizard.codeFormat" } } : passkeyFailed;
    case "expired":
      redirect(EXPIRED);
    case "no-device":
      // A code with no TOTP device left to check it: start over. A passkey removed meanwhile: another device.
      if (answer === "code") redirect(EXPIRED);
      return passkeyFailed;
    case "invalid":
      if (answer === "passkey") return passkeyFailed;
      return { error: failure.codeUsed ? "mfaSignIn.codeUsed" : "mfaSignIn.invalid" };
    case "wait":
    case "locked":
      return {
        error: failure.reason === "wait" ? "mfaSignIn.wait" : "mfaSignIn.locked",
        errorParams: { seconds: failure.retryInSeconds, time: formatTime(failure.retryAt, await getLocale(), await getTimeZone()) },
      };
  }
}

export async function verifyMfaAction(_previous: FormState, formData: unknown): Promise<FormState> {
  const fields = formFields(formData);
  return signInWithMfa("code", { code: fields.code ?? "" }, fields.callbackUrl);
}

/**
 * "Use passkey or security key", first half: the options for navigator.credentials.get(), for the keys
 * of the principal whose password step this browser completed, and the relying party the page is at.
 */
export async function passkeyOptionsAction(): Promise<{ options: PublicKeyCredentialRequestOptionsJSON } | FormState> {
  const rp = relyingPartyFor(originFrom(await headers()));
  if (!rp.ok) return { error: "mfaChoices.passkeyFailed" };
  const result = await startPasskeySignIn(getDb(), { token: (await cookies()).get(CHALLENGE_COOKIE)?.value, rp: rp.rp });
  return result.ok ? { options: result.options } : await failureState(result, "passkey");
}

const passkeyAnswerSchema = z.object({ response: z.string(), callbackUrl: z.string().optional() });

/**
 * Second half: the browser's answer, checked by the "passkey" provider, which starts the session. Called
 * from the page with an object; a crafted request may send anything in its place.
 */
export async function verifyPasskeyAction(answer: unknown): Promise<FormState> {
  const parsed = passkeyAnswerSchema.safeParse(answer);
  if (!parsed.success) return { error: "mfaChoices.passkeyFailed" };
  return signInWithMfa("passkey", { response: parsed.data.response }, parsed.data.callbackUrl);
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
