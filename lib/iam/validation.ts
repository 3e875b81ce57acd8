import { z } from "zod";

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

/** IAM user names: AWS's pattern [\w+=,.@-], 1 to 64 characters. */
export const userNameSchema = text(64).refine((v) => /^[\w+=,.@-]+$/.test(v), "validation.userName");

/**
 * IAM paths: "/" or "/…/" of printable ASCII, up to 512 characters (AWS's pattern). Markup is refused
 * as in every name, though AWS allows "<" and ">" here.
 */
export const iamPathSchema = text(512)
  .refine((v) => /^\/(?:[\u0021-\u007e]+\/)?$/.test(v), "adminValidation.iamPath")
  .refine((v) => !/[<>]/.test(v), "validation.noMarkup");

/** Account aliases: lower-case letters, digits and single hyphens, 3 to 63 characters, not all digits. */
export const accountAliasSchema = text(63).refine(
  (v) => /^[a-z0-9](([a-z0-9]|-(?!-))*[a-z0-9])?$/.test(v) && v.length >= 3 && !/^\d+$/.test(v),
  "validation.accountAlias",
);

export const emailSchema = text(128).pipe(z.email("validation.email")).transform((v) => v.toLowerCase());

/** Markup has no place in a name; refusing it keeps "<script>" out of every page that shows the name. */
export const accountNameSchema = text(50).refine((v) => !/[<>]/.test(v), "validation.noMarkup");

/**
 * AWS's root password policy: 8 to 128 characters and at least three of upper case, lower case,
 * digits and other characters. Not trimmed: spaces are characters of a password.
 */
export const newPasswordSchema = z
  .string({ message: "validation.required" })
  .min(1, "validation.required")
  .max(128, "validation.tooLong")
  .refine((v) => !CONTROL_CHARACTERS.test(v), "validation.controlCharacters")
  .refine((v) => v.length >= 8, "validation.passwordPolicy")
  .refine(
    (v) => [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length >= 3,
    "validation.passwordPolicy",
  );

/** A password being checked, not set: any length up to the limit, so the policy is not revealed. */
export const passwordSchema = z
  .string({ message: "validation.required" })
  .min(1, "validation.required")
  .max(128, "validation.tooLong");
