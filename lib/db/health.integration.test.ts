import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, TEST_DATABASE } from "@/test/support/test-db";
import { checkHealth, shippedMigrations } from "./health";
import { committedMigrations } from "@/scripts/migrate";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe(`the health check (${TEST_DATABASE})`, () => {
  it("knows the migrations the build ships", () => {
    expect(shippedMigrations(TEST_DATABASE)).toEqual(committedMigrations(TEST_DATABASE));
  });

  it("is ok on a database at the latest migration", async () => {
    expect(await checkHealth(t.db, shippedMigrations(TEST_DATABASE))).toEqual({
      health: { status: "ok", database: "ok", migrations: "applied" },
    });
  });

  it("names the migrations the database lacks", async () => {
    const { health } = await checkHealth(t.db, [...shippedMigrations(TEST_DATABASE), "29990101000000_future"]);
    expect(health).toEqual({ status: "error", database: "ok", migrations: "pending", pending: ["29990101000000_future"] });
  });

  it("says the database is unreachable when it does not answer", async () => {
    const hanging = { $queryRawUnsafe: () => new Promise(() => {}) } as unknown as typeof t.db;
    const { health, problem } = await checkHealth(hanging, [], { timeoutMs: 50 });
    expect(health).toEqual({ status: "error", database: "unreachable", migrations: "unknown" });
    expect(problem).toBeInstanceOf(Error);
  });
});
