import { describe, expect, it } from "vitest";
import { readBodyWithin } from "./read-body";

const CHUNK = new Uint8Array(64 * 1024).fill(0x61);

/** A chunked upload of `chunks` chunks with no Content-Length, counting how many the server pulled. */
function chunkedRequest(chunks: number) {
  let pulled = 0;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled += 1;
      controller.enqueue(CHUNK);
    },
    cancel() {
      cancelled = true;
    },
  });
  const request = new Request("http://lab.test/api/iam", { method: "POST", body, duplex: "half" } as RequestInit);
  return { request, pulled: () => pulled, cancelled: () => cancelled };
}

describe("readBodyWithin", () => {
  it("reads a body within the limit, in UTF-8", async () => {
    const request = new Request("http://lab.test/", { method: "POST", body: "Action=ListUsers&Name=%ED%95%9C&x=한" });
    expect(await readBodyWithin(request, 1024)).toBe("Action=ListUsers&Name=%ED%95%9C&x=한");
    expect(await readBodyWithin(new Request("http://lab.test/", { method: "POST", body: "x".repeat(10) }), 10)).toBe("x".repeat(10));
  });

  it("refuses a declared Content-Length over the limit without reading", async () => {
    const { request, pulled } = chunkedRequest(100);
    const declared = new Request(request, { headers: { "content-length": String(100 * CHUNK.length) } });
    expect(await readBodyWithin(declared, 64 * 1024)).toBeNull();
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it("stops reading a chunked body at the limit and cancels the rest (3,200 chunks of 64 KB = 200 MB offered)", async () => {
    const upload = chunkedRequest(3_200);
    expect(await readBodyWithin(upload.request, 64 * 1024)).toBeNull();
    // The limit plus the chunk that crossed it (and what the stream had queued ahead), never the rest.
    expect(upload.pulled()).toBeLessThanOrEqual(3);
    expect(upload.cancelled()).toBe(true);
  });

  it("refuses a body that exceeds the limit by one byte", async () => {
    expect(await readBodyWithin(new Request("http://lab.test/", { method: "POST", body: "x".repeat(11) }), 10)).toBeNull();
  });
});
