import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "../support/fixtures";

// Issue 14, item 4: the headers every response carries, a policy the console's own scripts satisfy
// (the kit's automatic cspViolations fixture fails any test that breaks it), and no framing.
test.describe("attack: clickjacking and missing security headers", () => {
  test("pages carry a nonce-based policy, frame-ancestors 'none' and the other headers", async ({ request }) => {
    const first = await request.get("/signin");
    const second = await request.get("/signin");
    const policy = first.headers()["content-security-policy"] ?? "";
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(policy).toContain("object-src 'none'");
    expect(second.headers()["content-security-policy"]).not.toBe(policy);
    // The nonce the policy names is on the page's scripts.
    const nonce = policy.match(/'nonce-([^']+)'/)![1]!;
    expect(await first.text()).toContain(`nonce="${nonce}"`);
    expect(first.headers()).toMatchObject({
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "strict-origin-when-cross-origin",
    });
    expect(first.headers()["permissions-policy"]).toContain("camera=()");
  });

  test("the API and static files are sent with nosniff and the rest", async ({ request }) => {
    for (const path of ["/api/health", "/api/iam"]) {
      const response = await request.get(path);
      expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
      expect(response.headers()["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    }
  });

  test("HSTS only when a trusted proxy says the request came over HTTPS: never on a default deployment", async ({ request }) => {
    const response = await request.get("/signin", { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers()["strict-transport-security"]).toBeUndefined();
    expect(response.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  });

  test("a page of another origin on the same host cannot frame the signed-in console", async ({ rootPage: page, baseURL, cspViolations }) => {
    // A real server on another port: same site as the console, so the browser sends the session cookie
    // into the frame. (A page fulfilled by page.route would be refused by Chromium's local network rules.)
    const attacker = http.createServer((_, response) => {
      response.setHeader("content-type", "text/html");
      response.end(`<h1>Win a prize</h1><iframe title="bait" src="${baseURL}/iam/home"></iframe>`);
    });
    await new Promise<void>((resolve) => attacker.listen(0, "localhost", resolve));
    try {
      await page.goto(`http://localhost:${(attacker.address() as AddressInfo).port}/`);
      await expect(page.getByRole("heading", { name: "Win a prize" })).toBeVisible();
      // Chromium replaces a refused frame's document with its error page.
      await expect.poll(() => page.frames().map((frame) => frame.url())).toContain("chrome-error://chromewebdata/");
      await expect(page.frameLocator("iframe[title=bait]").getByRole("heading", { name: "IAM dashboard" })).toHaveCount(0);
    } finally {
      attacker.close();
    }
    // The refusal is the one kind of violation this test expects.
    expect(cspViolations.splice(0).filter((violation) => !violation.includes("frame-ancestors"))).toEqual([]);
  });
});
