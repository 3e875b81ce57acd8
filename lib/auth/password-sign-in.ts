import "server-only";
import type { Db } from "../db/types";
import { EVENT_SOURCE, recordEvent } from "../iam/events";
import { PRINCIPAL_ACCOUNT_FIELDS, PRINCIPAL_USER_FIELDS, rootPrincipal, userPrincipal } from "../iam/get-principal";
import type { Principal, RequestContext } from "../iam/principal";
import { consoleLoginData } from "./console-session";
import { verifyPassword } from "./password";

export type PasswordSignInInput =
  | { kind: "root"; email: string; password: string }
  | { kind: "iam"; account: string; userName: string; password: string };

const ACCOUNT_ID = /^\d{12}$/;

/** The principal a sign-in names and its stored password hash, read together; nulls where nothing matches. */
async function findSignInCandidate(db: Db, input: PasswordSignInInput): Promise<{ accountId: string | null; principal: Principal | null; storedHash: string | null }> {
  if (input.kind === "root") {
    const account = await db.account.findUnique({
      where: { rootEmail: input.email.toLowerCase() },
      select: { ...PRINCIPAL_ACCOUNT_FIELDS, rootPasswordHash: true },
    });
    return { accountId: account?.id ?? null, principal: account && rootPrincipal(account), storedHash: account?.rootPasswordHash ?? null };
  }
  const accountWhere = ACCOUNT_ID.test(input.account) ? { id: input.account } : { alias: input.account.toLowerCase() };
  // The user with its account in one query; the account alone only when there is no such user (its
  // failed sign-in is still recorded in that account's history).
  const user = await db.user.findFirst({
    where: { nameKey: input.userName.toLowerCase(), account: accountWhere },
    select: { ...PRINCIPAL_USER_FIELDS, passwordHash: true, account: { select: PRINCIPAL_ACCOUNT_FIELDS } },
  });
  if (user) return { accountId: user.account.id, principal: userPrincipal(user.account, user), storedHash: user.passwordHash };
  const account = await db.account.findUnique({ where: accountWhere, select: { id: true } });
  return { accountId: account?.id ?? null, principal: null, storedHash: null };
}

/**
 * The password step of a console sign-in. Every failure returns null after the same amount of work
 * (a password hash is always checked), so neither the answer nor its timing tells which part was wrong.
 */
export async function verifyPasswordSignIn(
  db: Db,
  input: PasswordSignInInput,
  { now, context }: { now: Date; context: RequestContext },
): Promise<Principal | null> {
  const { accountId, principal: candidate, storedHash } = await findSignInCandidate(db, input);
  const valid = await verifyPassword(storedHash, input.password);
  if (!accountId) return null;

  const principal = valid ? candidate : null;
  if (principal?.isRoot) {
    await db.account.update({ where: { id: accountId }, data: { rootPasswordLastUsed: now } });
  } else if (principal?.userId) {
    await db.user.update({ where: { id: principal.userId }, data: { passwordLastUsed: now } });
  } else {
    // The success is recorded when the session starts (after MFA, when the principal has a device).
    await recordEvent(db, {
      accountId,
      eventName: "ConsoleLogin",
      eventSource: EVENT_SOURCE.signin,
      now,
      context,
      errorMessage: "Failed authentication",
      requestParameters: input.kind === "root" ? null : { userName: input.userName },
      responseElements: { ConsoleLogin: "Failure" },
      additionalEventData: consoleLoginData(false),
    });
  }
  return principal;
}
