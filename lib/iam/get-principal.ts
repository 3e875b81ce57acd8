import type { DbOrTx } from "../db/types";
import { rootArn } from "./arn";
import { consoleVersionOf } from "./console-version";
import type { Principal } from "./principal";

export type PrincipalAccountRow = { id: string; alias: string | null; name: string; consoleVersion: string };
type UserRow = { id: string; name: string; arn: string };

/** What a Prisma query selects of an account and of a user to make their Principal. */
export const PRINCIPAL_ACCOUNT_FIELDS = { id: true, alias: true, name: true, consoleVersion: true } as const;
export const PRINCIPAL_USER_FIELDS = { id: true, name: true, arn: true } as const;

export function rootPrincipal(account: PrincipalAccountRow): Principal {
  return {
    accountId: account.id,
    accountAlias: account.alias,
    accountName: account.name,
    userId: null,
    userName: null,
    arn: rootArn(account.id),
    isRoot: true,
    consoleVersion: consoleVersionOf(account.consoleVersion),
  };
}

export function userPrincipal(account: PrincipalAccountRow, user: UserRow): Principal {
  return {
    accountId: account.id,
    accountAlias: account.alias,
    accountName: account.name,
    userId: user.id,
    userName: user.name,
    arn: user.arn,
    isRoot: false,
    consoleVersion: consoleVersionOf(account.consoleVersion),
  };
}

/** What a Prisma query selects of a role to make a session's Principal. */
export const PRINCIPAL_ROLE_FIELDS = { id: true, name: true, path: true } as const;

/** The assumed-role ARN of a role session: arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION (no path). */
export function assumedRoleArn(accountId: string, roleName: string, sessionName: string): string {
  return `arn:aws:sts::${accountId}:assumed-role/${roleName}/${sessionName}`;
}

export function roleSessionPrincipal(account: PrincipalAccountRow, role: { id: string; name: string; path: string }, sessionName: string): Principal {
  return {
    accountId: account.id,
    accountAlias: account.alias,
    accountName: account.name,
    userId: null,
    userName: null,
    arn: assumedRoleArn(account.id, role.name, sessionName),
    isRoot: false,
    roleSession: { roleId: role.id, roleName: role.name, rolePath: role.path, sessionName },
    consoleVersion: consoleVersionOf(account.consoleVersion),
  };
}

/** The caller's unique id as STS answers it: the user's id, the account's for the root user, "ROLEID:SESSION" for a role session. */
export function principalUserId(principal: Principal): string {
  if (principal.roleSession) return `${principal.roleSession.roleId}:${principal.roleSession.sessionName}`;
  return principal.userId ?? principal.accountId;
}

/** The root user (userId null) or IAM user of an account, or null when either no longer exists; one query. */
export async function getPrincipal(db: DbOrTx, accountId: string, userId: string | null): Promise<Principal | null> {
  if (userId === null) {
    const account = await db.account.findUnique({ where: { id: accountId }, select: PRINCIPAL_ACCOUNT_FIELDS });
    return account && rootPrincipal(account);
  }
  const user = await db.user.findFirst({
    where: { id: userId, accountId },
    select: { ...PRINCIPAL_USER_FIELDS, account: { select: PRINCIPAL_ACCOUNT_FIELDS } },
  });
  return user && userPrincipal(user.account, user);
}

/** The same, for a caller that has already read the account (a console session): no query for the root user. */
export async function principalOfAccount(db: DbOrTx, account: PrincipalAccountRow, userId: string | null): Promise<Principal | null> {
  if (userId === null) return rootPrincipal(account);
  const user = await db.user.findFirst({ where: { id: userId, accountId: account.id }, select: PRINCIPAL_USER_FIELDS });
  return user && userPrincipal(account, user);
}
