"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { originFrom } from "@/lib/auth/request-context";
import { PasswordChangeFailed } from "@/lib/auth/sign-in-errors";
import { changePasswordSchema } from "@/lib/iam/change-password-schema";
import { fieldErrorsOf, type FormState, formFields } from "@/lib/forms";

// No session here: the httpOnly challenge cookie, checked against the database by lib/auth, is this
// action's authority; nothing happens without a live password challenge.

/** "Confirm password change": the old password, the new one twice; a session only once it is set. */
export async function changePasswordAtSignInAction(_previous: FormState, formData: unknown): Promise<FormState> {
  const fields = formFields(formData);
  const parsed = changePasswordSchema.safeParse(fields);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  let reason: string;
  try {
    await signIn("password-change", {
      oldPassword: parsed.data.currentPassword,
      newPassword: parsed.data.newPassword,
      redirectTo: safeCallbackUrl(fields.callbackUrl, originFrom(await headers())),
    });
    return {};
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    reason = error instanceof PasswordChangeFailed ? error.code : "expired";
  }
  if (reason === "wrongPassword") return { fieldErrors: { currentPassword: "passwordChange.wrongPassword" } };
  if (reason === "violation") return { fieldErrors: { newPassword: "passwordPolicy.violation" } };
  if (reason === "reused") return { fieldErrors: { newPassword: "passwordPolicy.reused" } };
  redirect("/signin?expired=1");
}
