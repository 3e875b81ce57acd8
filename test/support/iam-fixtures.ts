import { createAccount } from "@/lib/iam/create-account";
import { createUser } from "@/lib/iam/create-user";
import { IamError } from "@/lib/iam/errors";
import { getPrincipal } from "@/lib/iam/get-principal";
import type { Principal } from "@/lib/iam/principal";
import type { Db } from "@/lib/db/types";
import { TEST_CONTEXT } from "./test-db";

export const ROOT_PASSWORD = "Root-pass-1";

/** A new sandbox account; its root user. */
export async function newAccount(db: Db, email: string, now: Date): Promise<Principal> {
  const { accountId } = await createAccount(db, { email, accountName: "Lab", password: ROOT_PASSWORD, now, context: TEST_CONTEXT });
  return (await getPrincipal(db, accountId, null))!;
}

/**
 * A new IAM user of `actor`'s account, made by `actor` as the console's Create user makes them
 * (AdministratorAccess, or AWS's MFA self-management policy), acting as if signed in with MFA at `now`
 * unless `mfa` is false (then with long-term credentials, which that policy confines to setting up MFA).
 * With `policies: false`, a user with no policy, as the API's CreateUser makes them.
 */
export async function newUser(
  db: Db,
  actor: Principal,
  userName: string,
  now: Date,
  options: { isAdmin?: boolean; password?: string; mfa?: boolean; policies?: false } = {},
): Promise<Principal> {
  const { userId } = await createUser(db, {
    accountId: actor.accountId,
    userName,
    password: options.password ?? null,
    administrator: options.isAdmin ? true : options.policies === false ? undefined : false,
    actor,
    now,
    context: TEST_CONTEXT,
  });
  const principal = (await getPrincipal(db, actor.accountId, userId))!;
  return options.mfa === false ? principal : signedInWithMfa(principal, now);
}

/** The principal as a console session that signed in with MFA at `now` carries it. */
export function signedInWithMfa(principal: Principal, now: Date): Principal {
  return { ...principal, request: { now, session: { issuedAt: now, mfaAuthenticatedAt: now } } };
}

/** The IamError a call fails with; fails the test if it succeeds or throws anything else. */
export async function iamError(promise: Promise<unknown>): Promise<IamError> {
  const error = await promise.then(
    () => new Error("expected the call to fail with an IamError, but it succeeded"),
    (e: unknown) => e,
  );
  if (!(error instanceof IamError)) throw error;
  return error;
}

/** The account's events, oldest first, as stored. */
export function storedEvents(db: Db, accountId: string) {
  return db.event.findMany({ where: { accountId }, orderBy: [{ eventTime: "asc" }, { id: "asc" }] });
}
