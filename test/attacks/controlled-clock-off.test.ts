import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Controlled clocks exist only on a server started with TEST_CLOCKS=true; this is a server without it
// (the setting's default), asked for one through both routes.
const saved = { ...process.env };
beforeAll(() => {
  process.env.AUTH_SECRET = "x".repeat(32);
  process.env.DATA_ENCRYPTION_KEY = randomBytes(32).toString("base64");
  delete process.env.TEST_CLOCKS;
});
afterAll(() => {
  process.env = saved;
});

const json = (url: string, body: unknown) =>
  new Request(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("attack: moving time on a server without TEST_CLOCKS", () => {
  it("refuses a sandbox that asks for a controlled clock, before making anything", async () => {
    const { POST } = await import("@/app/api/sandboxes/route");
    const response = await POST(
      json("http://lab.test/api/sandboxes", { email: "clock@example.com", accountName: "Clock", password: "Lab-Root-2021!", controlledClock: true }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { fields: Record<string, string> } }).error.fields.controlledClock).toMatch(/TEST_CLOCKS/);
  });

  it("has no clock to move", async () => {
    const { POST } = await import("@/app/api/sandboxes/[accountId]/clock/route");
    const response = await POST(json("http://lab.test/api/sandboxes/123456789012/clock", { clockToken: "x", advanceSeconds: 60 }), {
      params: Promise.resolve({ accountId: "123456789012" }),
    });
    expect(response.status).toBe(404);
  });
});
