import type { z } from "zod";

/** What a form's server action returns to useActionState: i18n keys, never a submitted secret. */
export type FormState = {
  /** A message key for the whole form, and the values of its {placeholders}. */
  error?: string;
  errorParams?: Record<string, string | number>;
  /** A message key per field name. */
  fieldErrors?: Record<string, string>;
  /**
   * The non-secret fields as typed, so a form that failed shows them again (React resets a form
   * after its action). Passwords and codes are never echoed.
   */
  values?: Record<string, string>;
};

/** The named fields of a submission, to hand back with a failure. */
export function echo(fields: Record<string, string>, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, (fields[name] ?? "").slice(0, 1024)]));
}

/** The first issue of each field, as message keys. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    fieldErrors[field] ??= issue.message.includes(".") ? issue.message : "validation.required";
  }
  return fieldErrors;
}

/**
 * A form's fields as plain strings; files and repeated names are not part of any of our forms. A
 * crafted request can call a form's action with anything in place of the form: that has no fields.
 */
export function formFields(formData: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!(formData instanceof FormData)) return fields;
  for (const [name, value] of formData) if (typeof value === "string") fields[name] = value;
  return fields;
}
