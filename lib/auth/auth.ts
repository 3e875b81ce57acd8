import "server-only";
import { log } from "../log";
import { cookies } from "next/headers";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { iamSettings } from "../config/iam-settings";
import { getDb } from "../db/client";
import { hasAssignedMfa } from "../iam/mfa-devices";
import { targetOf } from "../iam/credentials-target";
import { noteRootMfaPrompt } from "../iam/root-mfa-enrollment";
import { MFA_CODE_PATTERN } from "../mfa/code-format";
import { authenticationResponseSchema } from "../mfa/webauthn-schemas";
import { SESSION_TTL_MS, startConsoleSession } from "./console-session";
import { completeMfaSignIn, type MfaSignInResult } from "./mfa-sign-in";
import { completePasskeySignIn } from "./passkey-sign-in";
import { completePasswordChangeSignIn } from "./password-change-sign-in";
import { passwordChangeDue } from "../iam/password-policy";
import { verifyPasswordSignIn } from "./password-sign-in";
import { beginSignInAttempt, signInIdentifier } from "./rate-limit";
import { requestContextFrom } from "./request-context";
import { CHALLENGE_COOKIE, challengeCookieOptions, createChallenge } from "./sign-in-challenge";
import { MfaRequired, MfaSignInFailed, PasswordChangeFailed, PasswordChangeRequired, PasswordExpired } from "./sign-in-errors";
import { signInSchema } from "./sign-in-schema";

const isHttps = (request: Request) => (request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "")) === "https";

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
 * The MFA step's outcome as next-auth takes it, whichever device answered: the session's id; a password
 * challenge when the password must be changed first; or the failure the form shows.
 */
async function endMfaStep(result: MfaSignInResult, now: Date, request: Request): Promise<{ id: string }> {
  if (!result.ok) throw new MfaSignInFailed(result);
  const jar = await cookies();
  if ("passwordChangeFor" in result) {
    const { token, expiresAt } = await createChallenge(getDb(), { principal: result.passwordChangeFor, now, purpose: "password", mfaAuthenticatedAt: now });
    jar.set(CHALLENGE_COOKIE, token, challengeCookieOptions(expiresAt, isHttps(request)));
    throw new PasswordChangeRequired();
  }
  jar.delete({ name: CHALLENGE_COOKIE, path: "/signin" });
  return { id: result.sessionId };
}

// next-auth only carries the id of a ConsoleSession row in its signed cookie. Everything else is
// read from the database on each request (lib/auth/session.ts), so sign-out and deleted principals
// take effect at once, on every instance. Both providers are also reachable directly at
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
        const principal = await verifyPasswordSignIn(db, parsed.data, { now, context });
        if (!principal) return null;
        await attempt.succeeded();
        if (await hasAssignedMfa(db, principal.accountId, targetOf(principal))) {
          // No session yet: only a short-lived challenge, bound to this browser by its cookie.
          const jar = await cookies();
          const { token, expiresAt } = await createChallenge(db, { principal, now, previousToken: jar.get(CHALLENGE_COOKIE)?.value });
          jar.set(CHALLENGE_COOKIE, token, challengeCookieOptions(expiresAt, isHttps(request)));
          throw new MfaRequired();
        }
        const due = await passwordChangeDue(db, principal, now);
        if (due === "hardExpired") throw new PasswordExpired();
        if (due !== "none") {
          // No session before a new password: a challenge for the password-change page instead.
          const jar = await cookies();
          const { token, expiresAt } = await createChallenge(db, { principal, now, purpose: "password", previousToken: jar.get(CHALLENGE_COOKIE)?.value });
          jar.set(CHALLENGE_COOKIE, token, challengeCookieOptions(expiresAt, isHttps(request)));
          throw new PasswordChangeRequired();
        }
        // The current console asks a root user without MFA to register a device (session.ts); the
        // 35 days it may be postponed count from this first sign-in that asks.
        if (principal.isRoot && principal.consoleVersion === "current") await noteRootMfaPrompt(db, principal.accountId, now);
        return { id: await startConsoleSession(db, { principal, now, context, mfaUsed: false }) };
      },
    }),
    Credentials({
      id: "mfa",
      credentials: { code: {} },
      async authorize(credentials, request) {
        const code = z.string().regex(MFA_CODE_PATTERN).safeParse(credentials.code);
        if (!code.success) throw new MfaSignInFailed({ reason: "invalid" });
        const now = new Date();
        const result = await completeMfaSignIn(getDb(), {
          token: (await cookies()).get(CHALLENGE_COOKIE)?.value,
          code: code.data,
          now,
          context: requestContextFrom(request.headers),
          settings: iamSettings(),
        });
        return endMfaStep(result, now, request);
      },
    }),
    Credentials({
      // "Use passkey or security key": the browser's WebAuthn answer, as JSON.
      id: "passkey",
      credentials: { response: {} },
      async authorize(credentials, request) {
        const response = authenticationResponseSchema.safeParse(parseJson(credentials.response, MAX_PASSKEY_ANSWER_CHARS));
        if (!response.success) throw new MfaSignInFailed({ reason: "invalid" });
        const now = new Date();
        const result = await completePasskeySignIn(getDb(), {
          token: (await cookies()).get(CHALLENGE_COOKIE)?.value,
          response: response.data,
          now,
          context: requestContextFrom(request.headers),
        });
        return endMfaStep(result, now, request);
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
          now: new Date(),
          context: requestContextFrom(request.headers),
        });
        if (!result.ok) throw new PasswordChangeFailed(result.reason);
        jar.delete({ name: CHALLENGE_COOKIE, path: "/signin" });
        return { id: result.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sid = user.id;
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
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
