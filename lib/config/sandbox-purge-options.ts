import { envSchema } from "./env";

export const SANDBOX_PURGE_USAGE = "usage: npm run sandbox:purge [-- --hours N]";

function parseHours(name: string, value: string | undefined): number | null {
  const parsed = envSchema.shape.SANDBOX_EXPIRY_HOURS.safeParse(value);
  if (!parsed.success) throw new Error(`${name} ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/**
 * The expiry `npm run sandbox:purge` applies: `--hours N` when given, else SANDBOX_EXPIRY_HOURS, both by
 * the setting's rules; null when nothing expires. Throws an Error whose message says what is wrong.
 */
export function purgeExpiryHours(args: string[], environment: Record<string, string | undefined>): number | null {
  if (args.length === 0) return parseHours("SANDBOX_EXPIRY_HOURS", environment.SANDBOX_EXPIRY_HOURS);
  const [flag, value] = args;
  if (args.length !== 2 || flag !== "--hours" || !value?.trim()) throw new Error(SANDBOX_PURGE_USAGE);
  return parseHours("--hours", value);
}
