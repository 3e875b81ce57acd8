import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { newAccount } from "@/test/support/iam-fixtures";
import { createTestDb } from "@/test/support/test-db";
import type { Db } from "./db/types";
import { createLogger, type LogLevel } from "./log";
import { SANDBOX_PURGE_INTERVAL_MS, startSandboxPurge } from "./sandbox-purge-schedule";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
afterEach(() => vi.useRealTimers());

const HOUR_MS = 60 * 60 * 1000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR_MS);
const exists = async (accountId: string) => (await t.db.account.count({ where: { id: accountId } })) === 1;

function capturingLogger() {
  const lines: { level: LogLevel; record: Record<string, unknown> }[] = [];
  const logger = createLogger({}, { level: "debug", sink: (line, level) => lines.push({ level, record: JSON.parse(line) }) });
  return { logger, lines };
}

describe("startSandboxPurge", () => {
  it("purges at once and then every hour, on a timer that does not keep the process alive", async () => {
    vi.useFakeTimers({ toFake: ["setInterval"] });
    const { logger, lines } = capturingLogger();
    const expired = await newAccount(t.db, "schedule-expired@example.com", hoursAgo(49));
    const kept = await newAccount(t.db, "schedule-kept@example.com", hoursAgo(47.5));

    const timer = startSandboxPurge(48, { db: () => t.db, logger })!;
    expect(timer.hasRef()).toBe(false);
    await vi.waitFor(() => expect(lines).toHaveLength(1), { timeout: 10_000 });
    expect(lines).toMatchObject([{ level: "info", record: { msg: "expired sandbox accounts deleted", deleted: 1, expiryHours: 48 } }]);
    expect(await exists(expired.accountId)).toBe(false);

    // An hour on, the sandbox that was 47.5 hours old has expired too.
    await t.db.account.update({ where: { id: kept.accountId }, data: { createdAt: hoursAgo(48.5) } });
    expect(await exists(kept.accountId)).toBe(true);
    vi.advanceTimersByTime(SANDBOX_PURGE_INTERVAL_MS);
    await vi.waitFor(() => expect(lines).toHaveLength(2), { timeout: 10_000 });
    expect(await exists(kept.accountId)).toBe(false);
    clearInterval(timer);
  });

  it("logs a failed purge and throws nothing", async () => {
    const { logger, lines } = capturingLogger();
    const broken = {
      $transaction: () => Promise.reject(new Error("connect ECONNREFUSED postgresql://lab:s3cret@db:5432/iam")),
    } as unknown as Db;
    const timer = startSandboxPurge(1, { db: () => broken, logger })!;
    await vi.waitFor(() => expect(lines).toHaveLength(1), { timeout: 10_000 });
    clearInterval(timer);
    expect(lines[0]).toMatchObject({ level: "error", record: { msg: "sandbox purge failed", error: { message: "connect ECONNREFUSED postgresql://lab:***@db:5432/iam" } } });
  });

  it("does nothing while sandboxes never expire", () => {
    expect(startSandboxPurge(null, { db: () => t.db })).toBeNull();
  });
});
