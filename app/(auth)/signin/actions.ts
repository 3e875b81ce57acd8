"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { echo, fieldErrorsOf, type FormState, formFields } from "@/lib/forms";

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const fields = formFields(formData);
  const values = echo(fields, ["account", "userName"]);
  const parsed = signInSchema.safeParse(fields);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await signIn("password", { ...parsed.data, redirectTo: safeCallbackUrl(fields.callbackUrl) });
    return {};
  } catch (error) {
    // Only next-auth's own failures are ours to answer; redirect() works by throwing and must go on.
    if (error instanceof AuthError) return { error: "signIn.incorrect", values };
    throw error;
  }
}
