import { getDb } from "./db/client";
import type { Db } from "./db/types";
import { purgeExpiredSandboxes } from "./iam/purge-expired-sandboxes";
import { log, type Logger } from "./log";

/** How often a running server deletes the sandboxes that have expired. */
export const SANDBOX_PURGE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Applies SANDBOX_EXPIRY_HOURS in a running server: purges expired sandboxes now, then every hour.
 * A failed purge is logged and never thrown (the next hour tries again), and the timer never keeps the
 * process alive. Returns the timer, or null when sandboxes never expire.
 */
export function startSandboxPurge(
  expiryHours: number | null,
  { db = getDb, logger = log }: { db?: () => Db; logger?: Logger } = {},
): NodeJS.Timeout | null {
  if (expiryHours === null) return null;
  const purge = async () => {
    try {
      const deleted = await purgeExpiredSandboxes(db(), { now: new Date(), expiryHours });
      if (deleted > 0) logger.info("expired sandbox accounts deleted", { deleted, expiryHours });
    } catch (error) {
      logger.error("sandbox purge failed", { error });
    }
  };
  void purge();
  return setInterval(purge, SANDBOX_PURGE_INTERVAL_MS).unref();
}
