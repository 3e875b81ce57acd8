import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, sessionCookieName } from "./session-cookie";

const SECRET = "a-test-secret-of-at-least-32-characters-long";
const SALT = "authjs.session-token";

describe("decodeSessionToken", () => {
  it("reads the session id from a token next-auth made", async () => {
    const token = await encode({ token: { sid: "session-1" }, secret: SECRET, salt: SALT, maxAge: 60 });
    expect(await decodeSessionToken(token, SECRET, SALT)).toMatchObject({ sid: "session-1" });
  });

  it("refuses a token made with another secret or cookie name, altered, or expired", async () => {
    const token = await encode({ token: { sid: "session-1" }, secret: SECRET, salt: SALT, maxAge: 60 });
    expect(await decodeSessionToken(token, "another-secret-of-at-least-32-characters", SALT)).toBeNull();
    expect(await decodeSessionToken(token, SECRET, `__Secure-${SALT}`)).toBeNull();
    const parts = token.split(".");
    const flipped = (part: string) => Buffer.from(Buffer.from(part, "base64url").map((byte, i) => (i === 0 ? byte ^ 1 : byte))).toString("base64url");
    for (const index of [0, 2, 3, 4]) {
      expect(await decodeSessionToken(parts.map((part, i) => (i === index ? flipped(part) : part)).join("."), SECRET, SALT)).toBeNull();
    }
    expect(await decodeSessionToken("not.a.token", SECRET, SALT)).toBeNull();
    expect(await decodeSessionToken(token, SECRET, SALT, new Date(Date.now() + 76_000))).toBeNull();
    expect(await decodeSessionToken(token, SECRET, SALT, new Date(Date.now() + 70_000))).not.toBeNull();
  });
});

describe("sessionCookieName", () => {
  it("is next-auth's: __Secure- unless the request's protocol is HTTP", () => {
    expect(sessionCookieName(new Headers({ "x-forwarded-proto": "http" }))).toBe("authjs.session-token");
    expect(sessionCookieName(new Headers({ "x-forwarded-proto": "https" }))).toBe("__Secure-authjs.session-token");
    expect(sessionCookieName(new Headers())).toBe("__Secure-authjs.session-token");
  });
});
