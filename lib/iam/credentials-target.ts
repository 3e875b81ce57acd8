import type { DbOrTx } from "../db/types";
import { ROOT_PRINCIPAL_KEY } from "./arn";
import { accessDenied, mayManageCredentialsOf } from "./authorization";
import { IamError } from "./errors";
import type { Principal } from "./principal";
import { findUserByName } from "./users";

/** Whose credentials (MFA devices, access keys) are being managed: the account's root user or one of its IAM users. */
export type CredentialsTarget = { kind: "root" } | { kind: "user"; userId: string; userName: string };

/** AWS's answer to an operation that defaults to the caller's own user when the caller is a role session. */
export function nonUserCredentials(): IamError {
  return new IamError("ValidationError", "Must specify userName when calling with non-User credentials");
}

/** The caller's own credentials; a role session has none (nonUserCredentials). */
export function targetOf(principal: Principal): CredentialsTarget {
  if (principal.roleSession) throw nonUserCredentials();
  return principal.isRoot ? { kind: "root" } : { kind: "user", userId: principal.userId!, userName: principal.userName! };
}

/**
 * The IAM user `userName` of the account, or the caller itself when no name is given (as AWS does),
 * once the caller may act on that user's credentials for `action`. The permission is checked before
 * the name is looked up, so a caller without it cannot learn which user names exist.
 */
export async function resolveCredentialsTarget(
  db: DbOrTx,
  actor: Principal,
  userName: string | null | undefined,
  action: string,
): Promise<CredentialsTarget> {
  if (!userName) return targetOf(actor);
  requireCredentialsAccess(actor, userName, action);
  const user = await findUserByName(db, actor.accountId, userName);
  return { kind: "user", userId: user.id, userName: user.name };
}

/** AccessDenied unless `actor` may act on the credentials of the IAM user `userName`: asked before the name is looked up. */
export function requireCredentialsAccess(actor: Principal, userName: string, action: string): void {
  if (!mayManageCredentialsOf(actor, userName)) throw accessDenied(actor, action);
}

/** How a device records a principal: the user id, or "root". */
export function targetKey(target: CredentialsTarget): string {
  return target.kind === "root" ? ROOT_PRINCIPAL_KEY : target.userId;
}

export function principalKey(principal: Principal): string {
  return targetKey(targetOf(principal));
}

/** Prisma's filter for the devices assigned to `target`. */
export function assignedTo(target: CredentialsTarget) {
  return target.kind === "root" ? { assignedToRoot: true } : { userId: target.userId };
}

/** The user name the event history and the API show for a target ("root" has none in AWS's answers). */
export function targetUserName(target: CredentialsTarget): string | null {
  return target.kind === "root" ? null : target.userName;
}
