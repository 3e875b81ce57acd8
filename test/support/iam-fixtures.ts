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

/** A new IAM user of `actor`'s account, made by `actor`. */
export async function newUser(
  db: Db,
  actor: Principal,
  userName: string,
  now: Date,
  options: { isAdmin?: boolean; password?: string } = {},
): Promise<Principal> {
  const { userId } = await createUser(db, {
    accountId: actor.accountId,
    userName,
    password: options.password ?? null,
    administrator: options.isAdmin ?? false,
    actor,
    now,
    context: TEST_CONTEXT,
  });
  return (await getPrincipal(db, actor.accountId, userId))!;
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
