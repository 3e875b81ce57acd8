import http from "node:http";
import fc from "fast-check";

// The fuzzing kit of the attack suite: fast-check with a fixed seed and a modest number of runs, so a
// failure reproduces and the suite stays fast (FUZZ_RUNS raises the count for a longer hunt).
export const FUZZ = { seed: 1414, numRuns: Number(process.env.FUZZ_RUNS ?? 100) } as const;

/** Text a browser, a script or an attacker might put anywhere: junk, escapes, encodings, huge. */
export const nastyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(
    "",
    " ",
    "%",
    "%ff",
    "%00",
    "%2e%2e",
    "..",
    "../../etc/passwd",
    "\\",
    "//evil.example",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "\u0000",
    "\u0001",
    "\ud800",
    "𝕏",
    "null",
    "[]",
    "{}",
    "-1",
    "1e400",
    "NaN",
    "0x10",
    "a".repeat(5000),
    // React's reply encoding: references a server action's text body cannot resolve.
    "$@1",
    "$K2",
    "$Q3",
    "$h4",
    "$T",
    "$",
  ),
  // Tokens shaped like ours with crafted insides (the event history's nextToken is base64url JSON).
  fc
    .oneof(fc.constant([1e20, "x"]), fc.constant([null, 1]), fc.constant({ a: 1 }), fc.tuple(fc.double(), fc.string()), fc.jsonValue())
    .map((value) => Buffer.from(JSON.stringify(value) ?? "null").toString("base64url")),
);

/** `text` as it may appear in a URL: properly encoded, or raw with only what HTTP forbids escaped. */
export const inUrl = (text: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(text, fc.boolean()).map(([value, encode]) =>
    encode ? encodeURIComponent(value.replace(/[\ud800-\udfff]/g, "")) : value.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c.replace(/[\ud800-\udfff]/g, "?"))),
  );

/** A GET of a raw path (sent as is: no client normalises it), with cookies; the status. */
export function rawGet(baseURL: string, rawPath: string, cookie: string): Promise<number> {
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: url.hostname, port: url.port, path: rawPath, method: "GET", headers: { cookie } }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", reject);
    request.end();
  });
}
