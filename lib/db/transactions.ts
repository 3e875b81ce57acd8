import type { Db } from "./types";
import { isWriteConflict } from "./types";

type TransactionClient = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Runs `fn` in a SERIALIZABLE transaction, again (up to `attempts` times) when it loses to a concurrent
 * one. For a check that reads rows other transactions may be adding (a count against a limit): under
 * PostgreSQL's default READ COMMITTED two such transactions each see only their own write and both
 * commit; serializable, one of them fails, runs again and sees the other's. SQLite is serializable anyway.
 * `fn` may run more than once: keep side effects outside the database out of it.
 */
export async function serializableTransaction<T>(
  db: Db,
  fn: (tx: TransactionClient) => Promise<T>,
  { attempts = 5 }: { attempts?: number } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(fn, { isolationLevel: "Serializable" });
    } catch (error) {
      if (!isWriteConflict(error) || attempt >= attempts) throw error;
      // A short random pause, so the retries of several losers do not collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
