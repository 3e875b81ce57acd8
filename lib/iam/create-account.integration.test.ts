import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { createAccount } from "./create-account";
import { IamError } from "./errors";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const now = new Date("2021-01-20T02:05:52Z");

describe("createAccount", () => {
  it("creates an isolated account with a random 12-digit id, a hashed root password and an event", async () => {
    const { accountId } = await createAccount(t.db, {
      email: "learner@example.com",
      accountName: "Class of 2021",
      password: "Abcdef1!",
      now,
      context: TEST_CONTEXT,
    });
    expect(accountId).toMatch(/^[1-9]\d{11}$/);
    const account = await t.db.account.findUniqueOrThrow({ where: { id: accountId } });
    expect(account.rootPasswordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(account.rootPasswordHash).not.toContain("Abcdef1!");
    const events = await t.db.event.findMany({ where: { accountId } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ eventName: "CreateAccount", sourceIpAddress: "203.0.113.7", userType: "Root" });
    expect(JSON.stringify(events)).not.toContain("Abcdef1!");
  });

  it("gives every sign-up its own account", async () => {
    const ids = new Set<string>();
    for (const n of [1, 2, 3]) {
      const { accountId } = await createAccount(t.db, {
        email: `student${n}@example.com`,
        accountName: "Student",
        password: "Abcdef1!",
        now,
        context: TEST_CONTEXT,
      });
      ids.add(accountId);
    }
    expect(ids.size).toBe(3);
  });

  it("refuses a root e-mail that is taken and writes nothing", async () => {
    const before = await t.db.account.count();
    const eventsBefore = await t.db.event.count();
    await expect(
      createAccount(t.db, { email: "learner@example.com", accountName: "Again", password: "Abcdef1!", now, context: TEST_CONTEXT }),
    ).rejects.toMatchObject(new IamError("EntityAlreadyExists", "An account with this root user email address already exists."));
    expect(await t.db.account.count()).toBe(before);
    expect(await t.db.event.count()).toBe(eventsBefore);
  });
});
