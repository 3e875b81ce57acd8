import type { DbOrTx } from "../db/types";
import { ROOT_PRINCIPAL_KEY } from "./arn";
import { authorize, isSelf, selfResource, userTarget } from "./authorize";
import { IamError } from "./errors";
import type { Action } from "./iam-actions";
import type { Principal } from "./principal";
import { noSuchUser } from "./users";

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
 * once the policies let the caller perform `action` on that user. The permission is decided before
 * NoSuchEntity is answered, so a caller without it cannot learn which user names exist.
 */
export async function resolveCredentialsTarget(
  db: DbOrTx,
  actor: Principal,
  userName: string | null | undefined,
  action: Action,
): Promise<CredentialsTarget> {
  if (!userName && actor.roleSession) throw nonUserCredentials();
  if (!actor.isRoot && (!userName || isSelf(actor, userName))) {
    await authorize(db, actor, action, selfResource(actor));
    return targetOf(actor);
  }
  if (!userName) return targetOf(actor);
  const user = await authorizeOnUser(db, actor, userName, action);
  return { kind: "user", userId: user.id, userName: user.name };
}

/** The account's IAM user `userName`, once the caller may perform `action` on it; AccessDenied before NoSuchEntity. */
export async function authorizeOnUser(db: DbOrTx, actor: Principal, userName: string, action: Action) {
  const { user, resource } = await userTarget(db, actor, userName);
  await authorize(db, actor, action, resource);
  if (!user) throw noSuchUser(userName);
  return user;
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
