import "server-only";
import { createDecipheriv, createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

// The console session's id from next-auth's session cookie, read as next-auth's own auth() reads it
// (@auth/core/jwt decode: a JWE, "dir" with A256CBC-HS512, its key derived from AUTH_SECRET by HKDF with
// the cookie's name as salt), without what auth() also does on every page: re-encrypting a fresh token
// that a server component cannot set anyway, the session callbacks, and a dozen Web Crypto jobs. The
// key is derived once per cookie name; everything else is synchronous node:crypto (issue 15: auth() was
// 9% of the signed-in page's CPU profile). Sign-in and sign-out stay next-auth's.

/** next-auth's cookie name: `__Secure-` when the request's protocol, as next-auth reads it, is HTTPS. */
export function sessionCookieName(headers: Headers): string {
  const envUrl = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  const protocol = envUrl ? new URL(envUrl).protocol : (headers.get("x-forwarded-proto") ?? "https");
  return protocol.startsWith("https") ? "__Secure-authjs.session-token" : "authjs.session-token";
}

/** As @auth/core's decode: tokens a little past their expiry still count. */
const CLOCK_TOLERANCE_SECONDS = 15;
const keys = new Map<string, Buffer>();

function encryptionKey(secret: string, salt: string): Buffer {
  const id = `${salt}\u0000${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, 64));
    keys.set(id, key);
  }
  return key;
}

/** The token's claims, or null if it is not one this secret made (forged, altered, another algorithm) or has expired. */
export function decodeSessionToken(token: string, secret: string, salt: string, now: Date = new Date()): Record<string, unknown> | null {
  const parts = token.split(".");
  if (parts.length !== 5 || parts[1] !== "") return null;
  const [protectedHeader, , iv, ciphertext, tag] = parts;
  try {
    const header = JSON.parse(Buffer.from(protectedHeader, "base64url").toString("utf8")) as Record<string, unknown>;
    if (header.alg !== "dir" || header.enc !== "A256CBC-HS512" || "zip" in header || "crit" in header) return null;
    const key = encryptionKey(secret, salt);
    const ivBytes = Buffer.from(iv, "base64url");
    const cipherBytes = Buffer.from(ciphertext, "base64url");
    const tagBytes = Buffer.from(tag, "base64url");
    // RFC 7518 5.2.2: the tag is the first half of HMAC-SHA-512(AAD || IV || ciphertext || AL), AL the AAD's length in bits.
    const aad = Buffer.from(protectedHeader, "ascii");
    const al = Buffer.alloc(8);
    al.writeBigUInt64BE(BigInt(aad.length * 8));
    const expected = createHmac("sha512", key.subarray(0, 32)).update(aad).update(ivBytes).update(cipherBytes).update(al).digest().subarray(0, 32);
    if (ivBytes.length !== 16 || tagBytes.length !== expected.length || !timingSafeEqual(tagBytes, expected)) return null;
    const decipher = createDecipheriv("aes-256-cbc", key.subarray(32), ivBytes);
    const claims = JSON.parse(Buffer.concat([decipher.update(cipherBytes), decipher.final()]).toString("utf8")) as Record<string, unknown>;
    const nowSeconds = now.getTime() / 1000;
    if (typeof claims.exp !== "number" || claims.exp < nowSeconds - CLOCK_TOLERANCE_SECONDS) return null;
    if (typeof claims.nbf === "number" && claims.nbf > nowSeconds + CLOCK_TOLERANCE_SECONDS) return null;
    return claims;
  } catch {
    return null;
  }
}
