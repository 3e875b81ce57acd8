import "server-only";
import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";

// The console session's id from next-auth's session cookie, read as next-auth's own auth() reads it
// (@auth/core/jwt decode: a JWE, "dir" with A256CBC-HS512, its key derived from AUTH_SECRET by HKDF with
// the cookie's name as salt) through the same library, jose, without what auth() also does on every
// page: re-encrypting a fresh token that a server component cannot set anyway, the session callbacks,
// and the key's derivation each time. The key is derived once per cookie name (issue 15: the session
// read cost the signed-in page about a fifth of its CPU). Sign-in and sign-out stay next-auth's.

/** next-auth's cookie name: `__Secure-` when the request's protocol, as next-auth reads it, is HTTPS. */
export function sessionCookieName(headers: Headers): string {
  const envUrl = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  const protocol = envUrl ? new URL(envUrl).protocol : (headers.get("x-forwarded-proto") ?? "https");
  return protocol.startsWith("https") ? "__Secure-authjs.session-token" : "authjs.session-token";
}

/** As @auth/core's decode: tokens a little past their expiry still count. */
const CLOCK_TOLERANCE_SECONDS = 15;
const keys = new Map<string, Uint8Array>();

function encryptionKey(secret: string, salt: string): Uint8Array {
  const id = `${salt}\u0000${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, 64));
    keys.set(id, key);
  }
  return key;
}

/** The token's claims, or null if it is not one this secret made (forged, altered, another algorithm) or has expired. */
export async function decodeSessionToken(token: string, secret: string, salt: string, now: Date = new Date()): Promise<Record<string, unknown> | null> {
  try {
    const { payload } = await jwtDecrypt(token, encryptionKey(secret, salt), {
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      currentDate: now,
      keyManagementAlgorithms: ["dir"],
      contentEncryptionAlgorithms: ["A256CBC-HS512"],
    });
    return payload.exp === undefined ? null : payload;
  } catch {
    return null;
  }
}
