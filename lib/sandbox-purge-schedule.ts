import { getDb } from "./db/client";
import type { Db } from "./db/types";
import { purgeExpiredDemoCopies } from "./iam/demo-copies";
import { purgeExpiredSandboxes } from "./iam/purge-expired-sandboxes";
import { log, type Logger } from "./log";

/** How often a running server deletes the sandboxes that have expired. */
export const SANDBOX_PURGE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Applies SANDBOX_EXPIRY_HOURS in a running server, and in demo mode the visitors' copies' expiry:
 * purges now, then every hour. A failed purge is logged and never thrown (the next hour tries again),
 * and the timer never keeps the process alive. Returns the timer, or null when nothing ever expires.
 */
export function startSandboxPurge(
  expiryHours: number | null,
  { db = getDb, logger = log, demoCopies = false }: { db?: () => Db; logger?: Logger; demoCopies?: boolean } = {},
): NodeJS.Timeout | null {
  if (expiryHours === null && !demoCopies) return null;
  const purge = async () => {
    try {
      const now = new Date();
      const deleted = expiryHours === null ? 0 : await purgeExpiredSandboxes(db(), { now, expiryHours });
      if (deleted > 0) logger.info("expired sandbox accounts deleted", { deleted, expiryHours });
      const copies = demoCopies ? await purgeExpiredDemoCopies(db(), now) : 0;
      if (copies > 0) logger.info("expired copies of the demo account deleted", { deleted: copies });
    } catch (error) {
      logger.error("sandbox purge failed", { error });
    }
  };
  void purge();
  return setInterval(purge, SANDBOX_PURGE_INTERVAL_MS).unref();
}
