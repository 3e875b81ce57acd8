import { z } from "zod";
import { IAM, satisfies } from "./constraints";
import { brokenPasswordRules } from "./password-policy";

// Input rules shared by the console's forms and the IAM API. Messages are i18n keys under
// "validation", so each door words them in the reader's language.

/** Control characters (C0, DEL, C1) are never valid in any field. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
/** The longest value any form field accepts, in bytes. */
export const MAX_FIELD_BYTES = 1024;

export const text = (max: number) =>
  z
    .string({ message: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .refine((v) => Buffer.byteLength(v) <= MAX_FIELD_BYTES, "validation.tooLong")
    .refine((v) => v.length <= max, "validation.tooLong")
    .refine((v) => !CONTROL_CHARACTERS.test(v), "validation.controlCharacters");

/** IAM user names, as AWS constrains them (constraints.ts). */
export const userNameSchema = text(IAM.userName.max).refine((v) => satisfies(IAM.userName, v), "validation.userName");

/** IAM paths, as AWS constrains them. Markup is refused as in every name, though AWS allows "<" and ">" here. */
export const iamPathSchema = text(IAM.path.max)
  .refine((v) => satisfies(IAM.path, v), "adminValidation.iamPath")
  .refine((v) => !/[<>]/.test(v), "validation.noMarkup");

/**
 * Account aliases, as AWS constrains them, and not all digits: the sign-in page reads a 12-digit
 * number as an account id, so such an alias could never be used to sign in.
 */
export const accountAliasSchema = text(IAM.accountAlias.max).refine(
  (v) => satisfies(IAM.accountAlias, v) && !/^\d+$/.test(v),
  "validation.accountAlias",
);

export const emailSchema = text(128).pipe(z.email("validation.email")).transform((v) => v.toLowerCase());

/** Markup has no place in a name; refusing it keeps "<script>" out of every page that shows the name. */
export const accountNameSchema = text(50).refine((v) => !/[<>]/.test(v), "validation.noMarkup");

/**
 * A new root password (sign-up), under AWS's default policy (password-policy.ts). Not trimmed: spaces
 * are characters of a password. IAM users' passwords are checked by the domain against their account's policy.
 */
export const newPasswordSchema = z
  .string({ message: "validation.required" })
  .min(1, "validation.required")
  .max(128, "validation.tooLong")
  .refine((v) => !CONTROL_CHARACTERS.test(v), "validation.controlCharacters")
  .refine((v) => brokenPasswordRules(null, v).length === 0, "validation.passwordPolicy");

/**
 * A new console password typed in a form, before the domain checks it against the account's policy:
 * any length up to AWS's limit, no control character.
 */
export const newConsolePasswordSchema = z
  .string({ message: "validation.required" })
  .min(1, "validation.required")
  .max(128, "validation.tooLong")
  .refine((v) => !CONTROL_CHARACTERS.test(v), "validation.controlCharacters");

/** A password being checked, not set: any length up to the limit, so the policy is not revealed. */
export const passwordSchema = z
  .string({ message: "validation.required" })
  .min(1, "validation.required")
  .max(128, "validation.tooLong");
