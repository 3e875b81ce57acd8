import "server-only";
import { timingSafeEqual } from "node:crypto";
import type { Db } from "../db/types";
import { DEMO_ACCOUNT } from "../demo";
import { createDemoCopy, demoCopyExpiresAt, findDemoCopy, isOthersDemoCopy } from "../iam/demo-copies";
import type { Principal, RequestContext } from "../iam/principal";
import { type PasswordSignInInput, verifyPasswordSignIn } from "./password-sign-in";
import { takeSignUpSlot } from "./rate-limit";

/** The httpOnly cookie holding the token of this browser's private copy of the demo account. */
export const DEMO_COPY_COOKIE = "demo-copy";

/** The published password for a sign-in that names the demo account (its root, or one of its users); null for any other. */
function publishedPasswordOf(input: PasswordSignInInput): string | null {
  if (input.kind === "root") return input.email.trim().toLowerCase() === DEMO_ACCOUNT.root.email ? DEMO_ACCOUNT.root.password : null;
  const account = input.account.trim().toLowerCase();
  if (account !== DEMO_ACCOUNT.accountId && account !== DEMO_ACCOUNT.alias) return null;
  const user = [DEMO_ACCOUNT.admin, DEMO_ACCOUNT.user].find((u) => u.userName === input.userName.trim().toLowerCase());
  return user?.password ?? "";
}

export function demoCopyCookieOptions(now: Date, secure: boolean) {
  return { httpOnly: true, sameSite: "lax" as const, secure, path: "/", expires: demoCopyExpiresAt(now) };
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The same sign-in, aimed at the copy `copy` instead of the published demo account. */
function inCopy(input: PasswordSignInInput, copy: { accountId: string; rootEmail: string }): PasswordSignInInput {
  return input.kind === "root" ? { ...input, email: copy.rootEmail } : { ...input, account: copy.accountId };
}

export type DemoSignIn = { principal: Principal | null; /** Set when a new copy was made: the cookie's new value. */ newToken?: string };

/**
 * The password step of a sign-in that names the demo account, with demo mode on. The browser's own
 * copy first (its password may have been changed there, by this visitor); the published password,
 * where the copy does not take it or there is none, makes a new copy (counted as a sign-up, so
 * copies cannot be mass-produced), so the credentials the sign-in page shows always work.
 */
async function demoSignIn(
  db: Db,
  input: PasswordSignInInput,
  { token, now, context }: { token: string | undefined; now: Date; context: RequestContext },
): Promise<DemoSignIn> {
  const copy = await findDemoCopy(db, token, now);
  if (copy) {
    const principal = await verifyPasswordSignIn(db, inCopy(input, copy), { now, context });
    if (principal) return { principal };
  }
  const published = publishedPasswordOf(input);
  if (!published || !same(input.password, published)) return { principal: null };
  if (!(await takeSignUpSlot(db, context.sourceIp, now)).allowed) return { principal: null };
  const fresh = await createDemoCopy(db, { now, context });
  return { principal: await verifyPasswordSignIn(db, inCopy(input, fresh), { now, context }), newToken: fresh.token };
}

/**
 * The password step of a console sign-in: the principal, or null. With demo mode on, a sign-in that
 * names the demo account goes to the browser's private copy of it (demoSignIn); and a copy opens only
 * from its own browser, so its e-mail or id typed elsewhere opens nothing.
 */
export async function passwordStep(
  db: Db,
  input: PasswordSignInInput,
  { demoMode, demoToken, now, context }: { demoMode: boolean; demoToken: string | undefined; now: Date; context: RequestContext },
): Promise<DemoSignIn> {
  if (demoMode && publishedPasswordOf(input) !== null) return demoSignIn(db, input, { token: demoToken, now, context });
  const principal = await verifyPasswordSignIn(db, input, { now, context });
  if (principal && (await isOthersDemoCopy(db, principal.accountId, demoToken))) return { principal: null };
  return { principal };
}
