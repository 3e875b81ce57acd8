import { z } from "zod";
import { QueryError } from "./errors";

// Query-protocol parameters arrive flat ("Tags.member.1.Key=…"). Each operation's zod schema
// validates them with AWS's own constraint messages, so a bad value gets AWS's ValidationError.

/** A string parameter with AWS's constraints; `name` is the member name AWS's messages use ("userName"). */
export function awsString(name: string, rules: { min?: number; max?: number; pattern?: RegExp; patternText?: string }) {
  let schema = z.string({ message: `Value null at '${name}' failed to satisfy constraint: Member must not be null` });
  if (rules.min !== undefined) {
    schema = schema.min(rules.min, `Value at '${name}' failed to satisfy constraint: Member must have length greater than or equal to ${rules.min}`);
  }
  if (rules.max !== undefined) {
    schema = schema.max(rules.max, `Value at '${name}' failed to satisfy constraint: Member must have length less than or equal to ${rules.max}`);
  }
  if (rules.pattern) {
    schema = schema.regex(
      rules.pattern,
      `Value at '${name}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${rules.patternText ?? rules.pattern.source}`,
    );
  }
  return schema;
}

export const userName = (name = "userName") => awsString(name, { min: 1, max: 128, pattern: /^[\w+=,.@-]+$/, patternText: "[\\w+=,.@-]+" });
export const serialNumber = () => awsString("serialNumber", { min: 9, max: 256, pattern: /^[\w+=/:,.@-]+$/, patternText: "[\\w+=/:,.@-]+" });
export const authenticationCode = (name: string) => awsString(name, { min: 6, max: 6, pattern: /^\d+$/, patternText: "[\\d]+" });
export const accessKeyId = () => awsString("accessKeyId", { min: 16, max: 128, pattern: /^\w+$/, patternText: "[\\w]+" });
export const marker = () => awsString("marker", { min: 1, max: 320, pattern: /^[\u0020-\u00FF]+$/, patternText: "[\\u0020-\\u00FF]+" });
export const maxItems = () =>
  z.coerce
    .number({ message: "Value at 'maxItems' failed to satisfy constraint: Member must be a number" })
    .int()
    .min(1, "Value at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1")
    .max(1000, "Value at 'maxItems' failed to satisfy constraint: Member must have value less than or equal to 1000");

/** Parses parameters with an operation's schema, or throws AWS's ValidationError listing every problem. */
export function parseParams<S extends z.ZodType>(schema: S, params: unknown): z.output<S> {
  const result = schema.safeParse(params);
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => issue.message);
  const count = messages.length;
  throw new QueryError("ValidationError", `${count} validation error${count === 1 ? "" : "s"} detected: ${messages.join("; ")}`);
}

/** A flattened list of structures: `Prefix.member.N.Field` for N = 1, 2, … until a gap. */
export function readMembers(params: Record<string, string>, prefix: string, fields: string[]): Record<string, string | undefined>[] {
  const members: Record<string, string | undefined>[] = [];
  for (let n = 1; fields.some((field) => `${prefix}.member.${n}.${field}` in params) || `${prefix}.member.${n}` in params; n++) {
    members.push(
      fields.length === 0
        ? { value: params[`${prefix}.member.${n}`] }
        : Object.fromEntries(fields.map((field) => [field, params[`${prefix}.member.${n}.${field}`]])),
    );
  }
  return members;
}

/** One page of `items` for Marker/MaxItems; the marker is opaque to callers, as AWS's is. */
export function paginate<T>(items: T[], input: { Marker?: string; MaxItems?: number }): { page: T[]; IsTruncated: boolean; Marker?: string } {
  let start = 0;
  if (input.Marker !== undefined) {
    const decoded = /^o(\d{1,9})$/.exec(Buffer.from(input.Marker, "base64url").toString("latin1"));
    if (!decoded) throw new QueryError("ValidationError", "Invalid Marker.");
    start = Number(decoded[1]);
  }
  const size = input.MaxItems ?? 100;
  const page = items.slice(start, start + size);
  const next = start + size;
  return next < items.length
    ? { page, IsTruncated: true, Marker: Buffer.from(`o${next}`, "latin1").toString("base64url") }
    : { page, IsTruncated: false };
}
