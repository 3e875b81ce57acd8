import http from "node:http";
import { captureServerAction } from "../support/console";
import { expect, test } from "../support/fixtures";
import { residentBytes, serverPid } from "./server-process";

// Issue 14, item 2: a chunked body (no Content-Length) of 200 MB, streamed without credentials to every
// route that reads a body. Each must answer 413 (or refuse earlier) while the server's resident memory,
// sampled every 20 ms from /proc/<pid>/status, stays within a few of the limits it claims.
const OFFERED_BYTES = 200 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, "a");
/**
 * The server never grows by as much as one body it was offered (before the limits it held each whole,
 * and more: 722 MB over these uploads). Typically it grows 10-60 MB: chunks in flight and the garbage
 * collector's lag; the sample is of the whole process, which the suite's other workers also load.
 */
const MAX_GROWTH_BYTES = OFFERED_BYTES;

type Upload = { status: number; sentBytes: number };

/** Streams up to OFFERED_BYTES in chunks until the server answers, then stops sending. */
function chunkedUpload(url: URL, headers: Record<string, string>): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    let answered = false;
    const request = http.request(url, { method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } }, (response) => {
      answered = true;
      response.resume();
      response.on("end", () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, sentBytes });
      });
    });
    request.on("error", (error) => (answered ? undefined : reject(error)));
    const send = () => {
      while (!answered && sentBytes < OFFERED_BYTES) {
        sentBytes += CHUNK.length;
        if (!request.write(CHUNK)) return request.once("drain", send);
      }
      if (!answered) request.end();
    };
    send();
  });
}

type Route = {
  name: string;
  path: string;
  headers: Record<string, string>;
  statuses: number[];
  /**
   * Whether the answer comes before the upload ends. Next reads to the end of the body of a request its
   * proxy answers (keeping only the first bytes, proxyClientMaxBodySize), so a server action's 413 comes
   * once the client stops sending: the memory still holds, which is what the sampler checks.
   */
  answersEarly: boolean;
};

const ROUTES: Route[] = [
  { name: "the IAM Query API", path: "/api/iam", headers: { "content-type": "application/x-www-form-urlencoded" }, statuses: [413], answersEarly: true },
  { name: "STS", path: "/api/sts", headers: { "content-type": "application/x-www-form-urlencoded" }, statuses: [413], answersEarly: true },
  { name: "sandbox sign-up", path: "/api/sandboxes", headers: { "content-type": "application/json" }, statuses: [413], answersEarly: true },
  { name: "next-auth's password callback", path: "/api/auth/callback/password", headers: { "content-type": "application/x-www-form-urlencoded" }, statuses: [413], answersEarly: true },
  { name: "next-auth's sign-out", path: "/api/auth/signout", headers: { "content-type": "application/x-www-form-urlencoded" }, statuses: [413], answersEarly: true },
  // Server actions: refused by proxy.ts, whose copy of the body Next buffers only up to the limit.
  { name: "a server action of no known id", path: "/signin", headers: { "content-type": "text/plain;charset=UTF-8", "next-action": "7f".repeat(21) }, statuses: [413], answersEarly: false },
];

test.describe("attack: unauthenticated memory exhaustion", () => {
  test.describe.configure({ mode: "serial" });

  test("200 MB chunked bodies get 413 and the server's memory stays bounded", async ({ baseURL, request, page }) => {
    test.setTimeout(180_000);
    await page.goto("/signin");
    const language = await captureServerAction(page, async () => {
      await page.getByLabel("Language").selectOption("ko");
    });
    const routes = [
      ...ROUTES,
      { name: "a real server action", path: "/signin", headers: { "content-type": "text/plain;charset=UTF-8", "next-action": language.actionId }, statuses: [413], answersEarly: false },
    ];
    const pid = serverPid(Number(new URL(baseURL!).port));
    const before = residentBytes(pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, residentBytes(pid))), 20);
    try {
      for (const route of routes) {
        await test.step(route.name, async () => {
          const upload = await chunkedUpload(new URL(route.path, baseURL), route.headers);
          expect.soft(route.statuses, `${route.path} answered ${upload.status}`).toContain(upload.status);
          if (route.answersEarly) expect.soft(upload.sentBytes, `${route.path} answered only after ${upload.sentBytes} bytes`).toBeLessThan(OFFERED_BYTES);
        });
      }
    } finally {
      clearInterval(sampler);
    }
    const growth = peak - before;
    test.info().annotations.push({ type: "rss", description: `before ${(before / 2 ** 20).toFixed(0)} MB, peak ${(peak / 2 ** 20).toFixed(0)} MB` });
    console.log(`server RSS before ${(before / 2 ** 20).toFixed(1)} MB, peak ${(peak / 2 ** 20).toFixed(1)} MB, growth ${(growth / 2 ** 20).toFixed(1)} MB`);
    expect(growth).toBeLessThan(MAX_GROWTH_BYTES);
    expect((await request.get("/api/health")).status()).toBe(200);
  });
});
