import type { DbOrTx } from "../db/types";
import { ROOT_PRINCIPAL_KEY } from "./arn";
import { accessDenied, isAccountAdministrator } from "./authorization";
import { IamError } from "./errors";
import type { Principal } from "./principal";

/** Whose MFA is being managed: the account's root user or one of its IAM users. */
export type MfaTarget = { kind: "root" } | { kind: "user"; userId: string; userName: string };

export function targetOf(principal: Principal): MfaTarget {
  return principal.isRoot ? { kind: "root" } : { kind: "user", userId: principal.userId!, userName: principal.userName! };
}

/**
 * The IAM user `userName` of the account, or the caller itself when no name is given (as AWS does),
 * once the caller may act on that user's credentials for `action`. The permission is checked before
 * the name is looked up, so a caller without it cannot learn which user names exist.
 */
export async function resolveMfaTarget(
  db: DbOrTx,
  actor: Principal,
  userName: string | null | undefined,
  action: string,
): Promise<MfaTarget> {
  if (!userName) return targetOf(actor);
  const self = !actor.isRoot && actor.userName?.toLowerCase() === userName.toLowerCase();
  if (!self && !isAccountAdministrator(actor)) throw accessDenied(actor, action);
  const user = await db.user.findUnique({
    where: { accountId_nameKey: { accountId: actor.accountId, nameKey: userName.toLowerCase() } },
    select: { id: true, name: true },
  });
  if (!user) throw new IamError("NoSuchEntity", `The user with name ${userName} cannot be found.`);
  return { kind: "user", userId: user.id, userName: user.name };
}

/** How a device records a principal: the user id, or "root". */
export function targetKey(target: MfaTarget): string {
  return target.kind === "root" ? ROOT_PRINCIPAL_KEY : target.userId;
}

export function principalKey(principal: Principal): string {
  return targetKey(targetOf(principal));
}

/** Prisma's filter for the devices assigned to `target`. */
export function assignedTo(target: MfaTarget) {
  return target.kind === "root" ? { assignedToRoot: true } : { userId: target.userId };
}

/** The user name the event history and the API show for a target ("root" has none in AWS's answers). */
export function targetUserName(target: MfaTarget): string | null {
  return target.kind === "root" ? null : target.userName;
}
