import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "../db/url";

/** Decodes a base64 (or base64url) key and insists on exactly 32 bytes, as AES-256 needs. */
export function decodeEncryptionKey(value: string): Buffer | null {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return null;
  const key = Buffer.from(value, "base64");
  return key.length === 32 ? key : null;
}

const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "on", "off"])
    .optional()
    .transform((v) => (v === undefined ? fallback : ["true", "1", "on"].includes(v)));

/** A whole number from 0 to `max`; unset or empty is 0. */
const wholeNumber = (what: string, max: { value: number; says: string }) =>
  z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^\d+$/.test(v), { message: `must be ${what}` })
    .transform((v) => Number(v || 0))
    .refine((v) => v <= max.value, { message: `must be at most ${max.says}` });

/** Whole hours up to ten years; unset, empty or 0 turns expiry off (null). */
const expiryHours = wholeNumber("a whole number of hours (unset or 0: sandboxes never expire)", { value: 87_600, says: "87600 (ten years)" }).transform(
  (v) => (v === 0 ? null : v),
);

/** How many reverse proxies stand between the clients and the server; 0 (the default) trusts no forwarded header. */
const proxyHops = wholeNumber("the number of reverse proxies in front of the server (0: none, the default)", { value: 10, says: "10" });

/** Every setting the server reads, with its default. The README's configuration table mirrors this. */
export const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || DEFAULT_DATABASE_URL)
    .refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), {
      message: 'must start with "file:" (SQLite) or "postgresql://" (PostgreSQL)',
    }),
  AUTH_SECRET: z
    .string({ message: "is missing: run `npm start` once to generate it into .env.local, or set it to 32+ random characters" })
    .min(32, "must be at least 32 characters: generate one with `openssl rand -base64 32`"),
  DATA_ENCRYPTION_KEY: z
    .string({ message: "is missing: run `npm start` once to generate it into .env.local, or set it to `openssl rand -base64 32`" })
    .refine((v) => decodeEncryptionKey(v) !== null, {
      message: "must be 32 bytes in base64: generate one with `openssl rand -base64 32`",
    }),
  DEMO_MODE: flag(true),
  /** The in-browser practice authenticator at /authenticator, for learners without a phone. */
  PRACTICE_AUTHENTICATOR: flag(true),
  /** Overrides the console version's MFA device limit (1 in the 2021 console, 8 in the current one); unset: none. */
  MFA_DEVICE_LIMIT: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .refine((v) => v === null || (Number.isInteger(v) && v >= 1 && v <= 8), { message: "must be a whole number from 1 to 8, or unset" }),
  /** Sandbox accounts are deleted this many hours after sign-up; null (unset or 0): never. */
  SANDBOX_EXPIRY_HOURS: expiryHours,
  /**
   * Controlled clocks for test sandboxes (POST /api/sandboxes {"controlledClock": true}, moved through
   * POST /api/sandboxes/<id>/clock): for a test server only, never a deployment.
   */
  TEST_CLOCKS: flag(false),
  /** Forwarded headers (X-Forwarded-For, X-Forwarded-Proto) are believed only from this many proxies. */
  TRUSTED_PROXY_HOPS: proxyHops,
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`));
}

let cached: Env | undefined;

/** The validated configuration of this process, parsed once. */
export function env(): Env {
  return (cached ??= parseEnv(process.env));
}
