import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passwordStep } from "@/lib/auth/demo-sign-in";
import { DEMO_ACCOUNT } from "@/lib/demo";
import { changePassword } from "@/lib/iam/change-password";
import { DEMO_COPY_EXPIRY_HOURS, purgeExpiredDemoCopies } from "@/lib/iam/demo-copies";
import { seed } from "@/prisma/seed";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";

// Issue 14, item 10, on both databases: with demo mode on, the published credentials lead each browser
// (its demo-copy token) to a private copy of the demo account; nothing done in one copy reaches
// another, or the seeded account; a copy opens only with its own token, and expires.
let t: Awaited<ReturnType<typeof createTestDb>>;
const now = new Date("2021-01-20T02:12:40Z");
const context = TEST_CONTEXT;
const root = { kind: "root" as const, email: DEMO_ACCOUNT.root.email, password: DEMO_ACCOUNT.root.password };
const admin = { kind: "iam" as const, account: DEMO_ACCOUNT.alias, userName: "admin", password: DEMO_ACCOUNT.admin.password };
const step = (input: Parameters<typeof passwordStep>[1], demoToken?: string, at = now) => passwordStep(t.db, input, { demoMode: true, demoToken, now: at, context });

beforeAll(async () => {
  t = await createTestDb();
  await seed(t.url);
});
afterAll(() => t.close());

describe("attack: taking over the published demo account", () => {
  it("gives each browser its own copy, which a changed password there does not take from anyone else", async () => {
    const first = await step(root);
    const second = await step(root);
    expect(first.principal?.accountId).toMatch(/^\d{12}$/);
    expect(second.principal?.accountId).not.toBe(first.principal?.accountId);
    expect(first.principal?.accountId).not.toBe(DEMO_ACCOUNT.accountId);
    // A copy shows the demo's console, the seed tutorial's.
    expect(first.principal?.consoleVersion).toBe(DEMO_ACCOUNT.consoleVersion);

    // The first browser's visitor changes the root password of its copy.
    await changePassword(t.db, { actor: first.principal!, oldPassword: root.password, newPassword: "Taken-Over-2021!", now, context });
    expect((await step({ ...root, password: "Taken-Over-2021!" }, first.newToken)).principal?.accountId).toBe(first.principal?.accountId);
    // The published password in that browser makes it a fresh copy; elsewhere nothing changed.
    const again = await step(root, first.newToken);
    expect(again.newToken).toBeDefined();
    expect(again.principal?.accountId).not.toBe(first.principal?.accountId);
    expect((await step(root, second.newToken)).principal?.accountId).toBe(second.principal?.accountId);
    expect((await step(admin, second.newToken)).principal?.userName).toBe("admin");
    // The seeded account keeps the published password: it is every copy's template.
    const template = await t.db.account.findUniqueOrThrow({ where: { id: DEMO_ACCOUNT.accountId } });
    expect(template.demoCopyTokenHash).toBeNull();
  });

  it("opens a copy only with its own browser's token", async () => {
    const mine = await step(admin);
    const byId = { ...admin, account: mine.principal!.accountId };
    expect((await step(byId, mine.newToken)).principal?.accountId).toBe(mine.principal!.accountId);
    expect((await step(byId, undefined)).principal).toBeNull();
    expect((await step(byId, "someone-elses-token")).principal).toBeNull();
    expect((await passwordStep(t.db, byId, { demoMode: false, demoToken: undefined, now, context })).principal).toBeNull();
  });

  it("refuses the published names with any other password, making no copy", async () => {
    const before = await t.db.account.count();
    expect((await step({ ...root, password: "Guess-2021!" })).principal).toBeNull();
    expect((await step({ ...admin, userName: "nobody" })).principal).toBeNull();
    expect(await t.db.account.count()).toBe(before);
  });

  it(`deletes copies ${DEMO_COPY_EXPIRY_HOURS} hours after they were made, never the seeded account`, async () => {
    const copy = await step(root);
    const later = new Date(now.getTime() + DEMO_COPY_EXPIRY_HOURS * 3600_000);
    expect((await step(root, copy.newToken, later)).newToken).toBeDefined();
    expect(await purgeExpiredDemoCopies(t.db, later)).toBeGreaterThan(0);
    expect(await t.db.account.findUnique({ where: { id: copy.principal!.accountId } })).toBeNull();
    expect(await t.db.account.findUnique({ where: { id: DEMO_ACCOUNT.accountId } })).not.toBeNull();
  });
});
