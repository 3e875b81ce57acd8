import { z } from "zod";
import { IAM, type StringConstraint } from "../iam/constraints";
import { QueryError } from "./errors";

// Query-protocol parameters arrive flat ("Tags.member.1.Key=…"). Each operation's zod schema
// validates them with AWS's own constraint messages, so a bad value gets AWS's ValidationError.

/**
 * How a ValidationError names the value that broke a constraint: IAM never repeats it ("Value at
 * 'userName'"), STS quotes it ("Value 'a b' at 'roleSessionName'", as AWS's answers quoted in public
 * bug reports show).
 */
type Echo = "iam" | "sts";
const valueAt = (echo: Echo, name: string) => (issue: { input?: unknown }) =>
  echo === "sts" ? `Value '${String(issue.input)}' at '${name}'` : `Value at '${name}'`;

/**
 * A string parameter with AWS's constraint (lib/iam/constraints.ts) and AWS's messages; `name` is the
 * member name those messages use ("userName").
 */
export function awsString(name: string, constraint: StringConstraint, echo: Echo = "iam") {
  const at = valueAt(echo, name);
  let schema = z.string({ message: `Value null at '${name}' failed to satisfy constraint: Member must not be null` });
  if (constraint.min > 0) {
    schema = schema.min(constraint.min, { error: (issue) => `${at(issue)} failed to satisfy constraint: Member must have length greater than or equal to ${constraint.min}` });
  }
  if (constraint.max !== undefined) {
    schema = schema.max(constraint.max, { error: (issue) => `${at(issue)} failed to satisfy constraint: Member must have length less than or equal to ${constraint.max}` });
  }
  if (constraint.regex) {
    schema = schema.regex(constraint.regex, {
      error: (issue) => `${at(issue)} failed to satisfy constraint: Member must satisfy regular expression pattern: ${constraint.pattern}`,
    });
  }
  return schema;
}

/** A parameter AWS models as an integer within bounds. */
export function awsInteger(name: string, { min, max }: { min: number; max: number }, echo: Echo = "iam") {
  const at = valueAt(echo, name);
  return z.coerce
    .number({ message: `Value at '${name}' failed to satisfy constraint: Member must be a number` })
    .int(`Value at '${name}' failed to satisfy constraint: Member must be a number`)
    .min(min, { error: (issue) => `${at(issue)} failed to satisfy constraint: Member must have value greater than or equal to ${min}` })
    .max(max, { error: (issue) => `${at(issue)} failed to satisfy constraint: Member must have value less than or equal to ${max}` });
}

/** A parameter AWS models as a boolean: "true" or "false" on the wire. */
export function awsBoolean(name: string) {
  return z
    .enum(["true", "false"], { message: `Value at '${name}' failed to satisfy constraint: Member must be a boolean` })
    .transform((value) => value === "true");
}

/** A parameter AWS models as an enum. */
export function awsEnum<const V extends readonly [string, ...string[]]>(name: string, values: V) {
  return z.enum(values, { message: `Value at '${name}' failed to satisfy constraint: Member must satisfy enum value set: [${values.join(", ")}]` });
}

/** Marker and MaxItems, as every paginated IAM operation takes them. */
export const pageParams = {
  Marker: awsString("marker", IAM.marker).optional(),
  MaxItems: awsInteger("maxItems", { min: 1, max: 1000 }).optional(),
};

/**
 * Parses parameters with an operation's schema, or throws AWS's ValidationError: every broken
 * constraint of the model, counted and joined; failing none, the first of IAM's own checks, whose
 * message AWS sends bare (an issue with `params: { bare: true }`).
 */
export function parseParams<S extends z.ZodType>(schema: S, params: unknown): z.output<S> {
  const result = schema.safeParse(params);
  if (result.success) return result.data;
  const isBare = (issue: z.core.$ZodIssue) => issue.code === "custom" && issue.params?.bare === true;
  const messages = result.error.issues.filter((issue) => !isBare(issue)).map((issue) => issue.message);
  const count = messages.length;
  if (count === 0) throw new QueryError("ValidationError", result.error.issues[0].message);
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
