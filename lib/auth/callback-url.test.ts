import { describe, expect, it } from "vitest";
import { HOME_PATH, safeCallbackUrl } from "./callback-url";

const ORIGIN = "http://localhost:3000";

// Every form that a browser reads as another host (issue 14, item 1): WHATWG URL parsing drops tab,
// newline and carriage return, reads "\" as "/", and resolves "https:evil" against an http page as
// https://evil. The decoded forms are what a query string's %09, %0A, %0D, %5C and %2F%2F arrive as.
export const LEAVING_THE_SITE = [
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  "\t//evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\\/evil.example",
  "//evil.example",
  "///evil.example",
  "//evil.example/iam/home",
  "https://evil.example",
  "https:evil.example",
  "https:/evil.example",
  "http://evil.example/",
  "HTTP://evil.example",
  "javascript:alert(1)",
  "data:text/html,evil",
  "http://localhost:3000@evil.example/",
  "http://localhost:3000//evil.example",
  "",
  null,
  undefined,
];

describe("safeCallbackUrl", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeCallbackUrl("/iam/users?x=1", ORIGIN)).toBe("/iam/users?x=1");
    expect(safeCallbackUrl("/iam/users/details/a%20b#top", ORIGIN)).toBe("/iam/users/details/a%20b#top");
  });

  it("keeps an absolute URL of the request's own origin, as its path", () => {
    expect(safeCallbackUrl(`${ORIGIN}/iam/mfa-devices`, ORIGIN)).toBe("/iam/mfa-devices");
  });

  it("keeps encoded slashes and backslashes as the path they are", () => {
    // Percent-encoded, "%5c" and "%2F" are path characters: the browser asks this site for them.
    expect(safeCallbackUrl("/%5cevil.example", ORIGIN)).toBe("/%5cevil.example");
    expect(safeCallbackUrl("/%2F%2Fevil.example", ORIGIN)).toBe("/%2F%2Fevil.example");
  });

  it.each(LEAVING_THE_SITE.map((value) => [JSON.stringify(value), value]))("turns %s into the dashboard", (_, value) => {
    expect(safeCallbackUrl(value, ORIGIN)).toBe(HOME_PATH);
  });

  it("never returns what a browser would read as another host", () => {
    for (const value of LEAVING_THE_SITE) {
      const result = safeCallbackUrl(value, ORIGIN);
      expect(new URL(result, ORIGIN).origin).toBe(ORIGIN);
    }
  });
});
