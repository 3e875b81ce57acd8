import "server-only";
import { log } from "../log";
import { cookies } from "next/headers";
import NextAuth from "next-auth";
import { z } from "zod";
import Credentials from "next-auth/providers/credentials";
import { iamSettings } from "../config/iam-settings";
import { accountNow } from "../clock/account-clock";
import { getDb } from "../db/client";
import { hasAssignedMfa } from "../iam/mfa-devices";
import { passwordChangeDue } from "../iam/password-policy";
import type { Principal } from "../iam/principal";
import { targetOf } from "../iam/credentials-target";
import { env } from "../config/env";
import { mfaCodeSchema } from "../iam/mfa-schemas";
import { noteRootMfaPrompt } from "../iam/root-mfa-enrollment";
import { authenticationResponseSchema } from "../mfa/webauthn-schemas";
import { revokeSession, SESSION_TTL_MS, startConsoleSession } from "./console-session";
import { DEMO_COPY_COOKIE, demoCopyCookieOptions, passwordStep } from "./demo-sign-in";
import { completeMfaSignIn, type MfaSignInOutcome } from "./mfa-sign-in";
import { completePasskeySignIn } from "./passkey-sign-in";
import { completePasswordChangeSignIn } from "./password-change-sign-in";
import { beginSignInAttempt, signInIdentifier } from "./rate-limit";
import { safeCallbackUrl } from "./callback-url";
import { cameOverHttps, requestContextFrom } from "./request-context";
import { CHALLENGE_COOKIE, challengeCookieOptions, createChallenge } from "./sign-in-challenge";
import { MfaRequired, MfaSignInFailed, PasswordChangeFailed, PasswordChangeRequired, PasswordExpired } from "./sign-in-errors";
import { signInSchema } from "./sign-in-schema";

/**
 * A right password (and code, if any) whose password must change first: no session, only a challenge
 * for the password-change page; or, past a hard expiry, nothing, as only an administrator may reset it.
 */
async function requirePasswordChange(
  due: "required" | "expired" | "hardExpired",
  input: { principal: Principal; now: Date; mfaAuthenticatedAt?: Date; secure: boolean },
): Promise<never> {
  if (due === "hardExpired") throw new PasswordExpired();
  const jar = await cookies();
  const { token, expiresAt } = await createChallenge(getDb(), {
    principal: input.principal,
    now: input.now,
    purpose: "password",
    mfaAuthenticatedAt: input.mfaAuthenticatedAt,
    previousToken: jar.get(CHALLENGE_COOKIE)?.value,
  });
  jar.set(CHALLENGE_COOKIE, token, challengeCookieOptions(expiresAt, input.secure));
  throw new PasswordChangeRequired();
}

/** Far above any real WebAuthn answer (a few hundred bytes), far below anything that could hurt. */
const MAX_PASSKEY_ANSWER_CHARS = 64 * 1024;

function parseJson(value: unknown, maxChars: number): unknown {
  if (typeof value !== "string" || value.length > maxChars) return null;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

/**
 * The MFA step's outcome as next-auth takes it, whichever device answered (a code, a passkey): the
 * session's id; the password change when the password must change first; or the failure the form shows.
 */
async function endMfaStep(result: MfaSignInOutcome, request: Request): Promise<{ id: string }> {
  if (!result.ok) throw new MfaSignInFailed(result);
  if ("passwordChange" in result) return requirePasswordChange(result.passwordChange, { ...result, secure: cameOverHttps(request.headers) });
  (await cookies()).delete({ name: CHALLENGE_COOKIE, path: "/signin" });
  return { id: result.sessionId };
}

// next-auth only carries the id of a ConsoleSession row in its signed cookie. Everything else is
// read from the database on each request (lib/auth/session.ts), so sign-out and deleted principals
// take effect at once, on every instance. Every provider is also reachable directly at
// /api/auth/callback/<id>, so each parses and checks its own input.
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_TTL_MS / 1000 },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    Credentials({
      id: "password",
      credentials: { kind: {}, email: {}, account: {}, userName: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const db = getDb();
        const now = new Date();
        const context = requestContextFrom(request.headers);
        // Failed password steps are limited per name and source IP, in the database, before any check.
        const attempt = await beginSignInAttempt(db, { identifier: signInIdentifier(parsed.data), sourceIp: context.sourceIp }, now);
        if (!attempt.allowed) return null;
        const jar = await cookies();
        const demoToken = jar.get(DEMO_COPY_COOKIE)?.value;
        const { principal, newToken } = await passwordStep(db, parsed.data, { demoMode: env().DEMO_MODE, demoToken, now, context });
        if (newToken) jar.set(DEMO_COPY_COOKIE, newToken, demoCopyCookieOptions(now, cameOverHttps(request.headers)));
        if (!principal) return null;
        await attempt.succeeded();
        // From here on, the account's own time: its challenge and session expire by its clock.
        const accountTime = await accountNow(db, principal.accountId, now);
        if (await hasAssignedMfa(db, principal.accountId, targetOf(principal))) {
          // No session yet: only a short-lived challenge, bound to this browser by its cookie.
          const { token, expiresAt } = await createChallenge(db, { principal, now: accountTime, previousToken: jar.get(CHALLENGE_COOKIE)?.value });
          jar.set(CHALLENGE_COOKIE, token, challengeCookieOptions(expiresAt, cameOverHttps(request.headers)));
          throw new MfaRequired();
        }
        const due = await passwordChangeDue(db, principal, accountTime);
        if (due !== "none") return requirePasswordChange(due, { principal, now: accountTime, secure: cameOverHttps(request.headers) });
        // The current console asks a root user without MFA to register a device (session.ts); the
        // 35 days it may be postponed count from this first sign-in that asks, on the account's clock.
        if (principal.isRoot && principal.consoleVersion === "current") await noteRootMfaPrompt(db, principal.accountId, accountTime);
        return { id: await startConsoleSession(db, { principal, now: accountTime, context, mfaUsed: false }) };
      },
    }),
    Credentials({
      id: "mfa",
      credentials: { code: {} },
      async authorize(credentials, request) {
        // The one check of the code's format, for the form and for HTTP callers alike.
        const code = mfaCodeSchema.safeParse(credentials.code);
        if (!code.success) throw new MfaSignInFailed({ ok: false, reason: "malformed" });
        const result = await completeMfaSignIn(getDb(), {
          token: (await cookies()).get(CHALLENGE_COOKIE)?.value,
          code: code.data,
          context: requestContextFrom(request.headers),
          settings: iamSettings(),
        });
        return endMfaStep(result, request);
      },
    }),
    Credentials({
      // "Use passkey or security key": the browser's WebAuthn answer, as JSON, its shape checked here once.
      id: "passkey",
      credentials: { response: {} },
      async authorize(credentials, request) {
        const response = authenticationResponseSchema.safeParse(parseJson(credentials.response, MAX_PASSKEY_ANSWER_CHARS));
        if (!response.success) throw new MfaSignInFailed({ ok: false, reason: "malformed" });
        const result = await completePasskeySignIn(getDb(), {
          token: (await cookies()).get(CHALLENGE_COOKIE)?.value,
          response: response.data,
          context: requestContextFrom(request.headers),
        });
        return endMfaStep(result, request);
      },
    }),
    Credentials({
      id: "password-change",
      credentials: { oldPassword: {}, newPassword: {} },
      async authorize(credentials, request) {
        const input = z.object({ oldPassword: z.string().min(1).max(128), newPassword: z.string().min(1).max(128) }).safeParse(credentials);
        if (!input.success) throw new PasswordChangeFailed("violation");
        const jar = await cookies();
        const result = await completePasswordChangeSignIn(getDb(), {
          token: jar.get(CHALLENGE_COOKIE)?.value,
          ...input.data,
          context: requestContextFrom(request.headers),
        });
        if (!result.ok) throw new PasswordChangeFailed(result.reason);
        jar.delete({ name: CHALLENGE_COOKIE, path: "/signin" });
        return { id: result.sessionId };
      },
    }),
  ],
  callbacks: {
    // Every redirect next-auth makes (its sign-in, callback and sign-out endpoints, and signIn() in the
    // forms' actions) goes through the sign-in page's own rule: a path on this site.
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackUrl(url, baseUrl)}`;
    },
    jwt({ token, user }) {
      if (user?.id) token.sid = user.id;
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
  events: {
    // Every way out goes through here: next-auth's own POST /api/auth/signout, and signOut() in the
    // console's Sign out action. Revoked in the database, a copy of the cookie is refused everywhere.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await revokeSession(getDb(), sid, new Date());
    },
  },
  logger: {
    // A wrong password or code is normal flow, not an error worth a stack trace in the server log.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      log.error("auth error", { error: error.message, type: (error as { type?: string }).type });
    },
  },
});

declare module "next-auth" {
  interface Session {
    sid?: string;
  }
}
