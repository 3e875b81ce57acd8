"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { resyncFromChallenge } from "@/lib/auth/challenge-resync";
import { startPasskeySignIn } from "@/lib/auth/passkey-sign-in";
import { requestContextFrom } from "@/lib/auth/request-context";
import { CHALLENGE_COOKIE, deleteChallenge } from "@/lib/auth/sign-in-challenge";
import { type MfaFailure, MfaSignInFailed, PasswordChangeRequired, parseMfaFailure } from "@/lib/auth/sign-in-errors";
import { iamSettings } from "@/lib/config/iam-settings";
import { getDb } from "@/lib/db/client";
import { fieldErrorsOf, type FormState, formFields } from "@/lib/forms";
import { siteOrigin } from "@/lib/http/site-origin";
import { mfaCodeSchema } from "@/lib/iam/mfa-schemas";
import { type PublicKeyCredentialRequestOptionsJSON, relyingPartyFor } from "@/lib/mfa/webauthn";

// These actions need no session: the httpOnly challenge cookie, checked against the database by
// lib/auth, is their authority, and each refuses to do anything without a live one.

const EXPIRED = "/signin?expired=1";

/** The MFA step through next-auth's provider `provider`: a redirect on success, else what the form says. */
async function signInWithMfa(provider: "mfa" | "passkey", credentials: Record<string, string>, callbackUrl: string | undefined, invalid: string): Promise<FormState> {
  let failure: MfaFailure;
  try {
    await signIn(provider, { ...credentials, redirectTo: safeCallbackUrl(callbackUrl) });
    return {};
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof PasswordChangeRequired) redirect(`/signin/password-change?callbackUrl=${encodeURIComponent(safeCallbackUrl(callbackUrl))}`);
    failure = parseMfaFailure(error instanceof MfaSignInFailed ? error.code : undefined);
  }
  if (failure.reason === "expired") redirect(EXPIRED);
  if (failure.reason === "invalid") return { error: invalid };
  if (failure.reason === "passwordExpired") return { error: "signIn.passwordExpired" };
  return waitState(failure.reason, failure.retryAt);
}

function waitState(reason: "wait" | "locked", retryAt: Date): FormState {
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 1000));
  return { error: reason === "wait" ? "mfaSignIn.wait" : "mfaSignIn.locked", errorParams: { seconds, time: retryAt.toISOString().slice(11, 19) } };
}

export async function verifyMfaAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const fields = formFields(formData);
  const parsed = z.object({ code: mfaCodeSchema }).safeParse(fields);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  return signInWithMfa("mfa", { code: parsed.data.code }, fields.callbackUrl, "mfaSignIn.invalid");
}

/**
 * "Use passkey or security key", first half: the options for navigator.credentials.get(), for the keys
 * of the principal whose password step this browser completed, and the relying party the page is at.
 */
export async function passkeyOptionsAction(): Promise<{ options: PublicKeyCredentialRequestOptionsJSON } | FormState> {
  const rp = relyingPartyFor(siteOrigin(await headers()));
  if (!rp.ok) return { error: "mfaChoices.passkeyFailed" };
  const result = await startPasskeySignIn(getDb(), { token: (await cookies()).get(CHALLENGE_COOKIE)?.value, rp: rp.rp, now: new Date() });
  if (result.ok) return { options: result.options };
  if ("retryAt" in result) return waitState(result.reason, result.retryAt);
  if (result.reason === "expired") redirect(EXPIRED);
  return { error: "mfaChoices.passkeyFailed" };
}

/** Second half: the browser's answer, checked by the "passkey" provider, which starts the session. */
export async function verifyPasskeyAction(answer: { response: string; callbackUrl?: string }): Promise<FormState> {
  const response = z.string().max(64 * 1024).safeParse(answer.response);
  if (!response.success) return { error: "mfaChoices.passkeyFailed" };
  return signInWithMfa("passkey", { response: response.data }, answer.callbackUrl, "mfaChoices.passkeyFailed");
}

export async function cancelMfaAction(): Promise<void> {
  const jar = await cookies();
  await deleteChallenge(getDb(), jar.get(CHALLENGE_COOKIE)?.value);
  jar.delete({ name: CHALLENGE_COOKIE, path: "/signin" });
  redirect("/signin");
}

export async function resyncAtSignInAction(_previous: FormState & { done?: boolean }, formData: FormData): Promise<FormState & { done?: boolean }> {
  const parsed = z.object({ code1: mfaCodeSchema, code2: mfaCodeSchema }).safeParse(formFields(formData));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  const outcome = await resyncFromChallenge(getDb(), {
    token: (await cookies()).get(CHALLENGE_COOKIE)?.value,
    ...parsed.data,
    now: new Date(),
    context: requestContextFrom(await headers()),
    settings: iamSettings(),
  });
  if (outcome === "expired") redirect(EXPIRED);
  return outcome === "resynced" ? { done: true } : { error: "iamErrors.InvalidAuthenticationCode" };
}
