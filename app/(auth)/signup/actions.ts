"use server";

import { headers } from "next/headers";
import { takeSignUpSlot } from "@/lib/auth/rate-limit";
import { requestContextFrom } from "@/lib/auth/request-context";
import { getDb } from "@/lib/db/client";
import { echo, fieldErrorsOf, type FormState, formFields } from "@/lib/forms";
import { createAccount } from "@/lib/iam/create-account";
import { isIamError } from "@/lib/iam/errors";
import { signUpSchema } from "@/lib/iam/sign-up-schema";

export type SignUpState = FormState & { accountId?: string };

/** Public by design: anyone may create a sandbox account, as anyone may sign up for AWS. */
export async function signUpAction(_previous: SignUpState, formData: unknown): Promise<SignUpState> {
  const fields = formFields(formData);
  const values = echo(fields, ["email", "accountName"]);
  const parsed = signUpSchema.safeParse(fields);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  const context = requestContextFrom(await headers());
  const now = new Date();
  if (!(await takeSignUpSlot(getDb(), context.sourceIp, now)).allowed) return { error: "signUp.tooManyAccounts", values };
  try {
    const { accountId } = await createAccount(getDb(), {
      email: parsed.data.email,
      accountName: parsed.data.accountName,
      password: parsed.data.password,
      now,
      context,
    });
    return { accountId };
  } catch (error) {
    if (isIamError(error) && error.code === "EntityAlreadyExists") return { fieldErrors: { email: "signUp.emailTaken" }, values };
    throw error;
  }
}
