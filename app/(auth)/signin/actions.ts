"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { originFrom } from "@/lib/auth/request-context";
import { MfaRequired, PasswordChangeRequired, PasswordExpired } from "@/lib/auth/sign-in-errors";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { echo, fieldErrorsOf, type FormState, formFields } from "@/lib/forms";

export async function signInAction(_previous: FormState, formData: unknown): Promise<FormState> {
  const fields = formFields(formData);
  const values = echo(fields, ["account", "userName"]);
  const parsed = signInSchema.safeParse(fields);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  const callbackUrl = safeCallbackUrl(fields.callbackUrl, originFrom(await headers()));
  try {
    await signIn("password", { ...parsed.data, redirectTo: callbackUrl });
    return {};
  } catch (error) {
    // Only next-auth's own failures are ours to answer; redirect() works by throwing and must go on.
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof MfaRequired) redirect(`/signin/mfa?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    if (error instanceof PasswordChangeRequired) redirect(`/signin/password-change?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    if (error instanceof PasswordExpired) return { error: "signIn.passwordExpired", values };
    return { error: "signIn.incorrect", values };
  }
}
