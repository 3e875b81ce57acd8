import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import type { Db } from "@/lib/db/types";

/** A real SQLite database in a temporary file, at the latest migration, removed by `close`. */
export async function createTestDb(): Promise<{ db: Db; url: string; close: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mock-iam-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  await applyMigrations(url);
  const db = createDb(url);
  return {
    db,
    url,
    close: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const TEST_CONTEXT = { sourceIp: "203.0.113.7", userAgent: "vitest" } as const;
