import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "../db/client";
import { createConsoleSession, SESSION_TTL_MS } from "./console-session";
import { verifyPasswordSignIn } from "./password-sign-in";
import { requestContextFrom } from "./request-context";
import { signInSchema } from "./sign-in-schema";

// next-auth only carries the id of a ConsoleSession row in its signed cookie. Everything else is
// read from the database on each request (lib/auth/session.ts), so sign-out and deleted principals
// take effect at once, on every instance.
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
        const principal = await verifyPasswordSignIn(db, parsed.data, {
          now,
          context: requestContextFrom(request.headers),
        });
        if (!principal) return null;
        return { id: await createConsoleSession(db, { principal, now }) };
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
    // A wrong password is normal flow, not an error worth a stack trace in the server log.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
});

declare module "next-auth" {
  interface Session {
    sid?: string;
  }
}
