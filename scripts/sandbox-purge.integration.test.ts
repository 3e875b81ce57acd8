import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newAccount } from "@/test/support/iam-fixtures";
import { runScript, SCRIPT_TIMEOUT_MS } from "@/test/support/run-script";
import { createTestDb } from "@/test/support/test-db";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 60 * 60 * 1000);
const exists = async (accountId: string) => (await t.db.account.count({ where: { id: accountId } })) === 1;

describe("npm run sandbox:purge", () => {
  it("deletes the expired sandboxes of DATABASE_URL, with SANDBOX_EXPIRY_HOURS from .env.local or --hours", { timeout: SCRIPT_TIMEOUT_MS }, async () => {
    const old = await newAccount(t.db, "purge-old@example.com", hoursAgo(30));
    const young = await newAccount(t.db, "purge-young@example.com", hoursAgo(2));
    const envFile = `DATABASE_URL=${t.url}\nSANDBOX_EXPIRY_HOURS=24\n`;
    const options = { envFile, unset: ["DATABASE_URL", "SANDBOX_EXPIRY_HOURS"] };

    expect(await runScript("sandbox-purge", [], options)).toEqual({
      code: 0,
      stdout: "Deleted 1 sandbox account created more than 24 hours ago.\n",
      stderr: "",
    });
    expect(await exists(old.accountId)).toBe(false);
    expect(await exists(young.accountId)).toBe(true);

    expect(await runScript("sandbox-purge", ["--hours", "1"], options)).toMatchObject({
      code: 0,
      stdout: "Deleted 1 sandbox account created more than 1 hour ago.\n",
    });
    expect(await exists(young.accountId)).toBe(false);
  });
});
