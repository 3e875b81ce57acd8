import type { DbOrTx } from "../db/types";
import { authorize } from "./authorize";
import { IamError } from "./errors";
import { type Action, arnResource } from "./iam-actions";
import { invalidPrincipalMessage, principalsToVerify } from "./policy/principal-value";
import { parsePolicyDocument } from "./policy/parse-policy-document";
import type { Principal } from "./principal";
import { roleArn } from "./policy/request-context";
import { trustPolicySizeError } from "./policy/policy-size";
import type { Tag } from "./tags";

export function noSuchRole(roleName: string): IamError {
  return new IamError("NoSuchEntity", `The role with name ${roleName} cannot be found.`);
}

/** Prisma's unique filter for the account's role named `roleName`: names are unique regardless of case. */
export function roleNamed(accountId: string, roleName: string) {
  return { accountId_nameKey: { accountId, nameKey: roleName.toLowerCase() } };
}

/** The account's role named `roleName`, regardless of case, or NoSuchEntity. */
export async function findRoleByName(db: DbOrTx, accountId: string, roleName: string) {
  const role = await db.role.findUnique({ where: roleNamed(accountId, roleName) });
  if (!role) throw noSuchRole(roleName);
  return role;
}

/**
 * The account's role named `roleName`, once the caller may perform `action` on it. A name no role has
 * is evaluated at path "/" and refused before NoSuchEntity, so a caller without the right cannot learn
 * which roles exist.
 */
export async function authorizeOnRole(db: DbOrTx, actor: Principal, roleName: string, action: Action) {
  const role = await db.role.findUnique({ where: roleNamed(actor.accountId, roleName) });
  await authorize(db, actor, action, arnResource(role?.arn ?? roleArn(actor.accountId, "/", roleName)));
  if (!role) throw noSuchRole(roleName);
  return role;
}

/** AWS's default for a role's MaxSessionDuration, in seconds. */
export const DEFAULT_MAX_SESSION_DURATION = 3600;

/** A role as ListRoles answers it. */
export type RoleView = {
  roleId: string;
  roleName: string;
  path: string;
  arn: string;
  createdAt: Date;
  /** The trust policy as it was submitted. */
  assumeRolePolicyDocument: string;
  description: string | null;
  maxSessionDuration: number;
};

/** A role as GetRole answers it: besides, its tags by key and when it was last used. */
export type RoleDetail = RoleView & { tags: Tag[]; lastUsed: { at: Date; region: string | null } | null };

/** A role as stored (Prisma's Role row, or the part of it these functions read). */
type RoleRow = Omit<RoleView, "roleId" | "roleName"> & { id: string; name: string; lastUsedAt: Date | null; lastUsedRegion: string | null };

export function roleView(role: Omit<RoleRow, "lastUsedAt" | "lastUsedRegion">): RoleView {
  return {
    roleId: role.id,
    roleName: role.name,
    path: role.path,
    arn: role.arn,
    createdAt: role.createdAt,
    assumeRolePolicyDocument: role.assumeRolePolicyDocument,
    description: role.description,
    maxSessionDuration: role.maxSessionDuration,
  };
}

export function roleDetail(role: RoleRow, tags: Tag[]): RoleDetail {
  return { ...roleView(role), tags, lastUsed: role.lastUsedAt ? { at: role.lastUsedAt, region: role.lastUsedRegion } : null };
}

/**
 * A trust policy as CreateRole and UpdateAssumeRolePolicy store it, or their MalformedPolicyDocument
 * (IAM's parser, lib/iam/policy) or LimitExceeded (ACLSizePerRole). IAM keeps the unique id of each
 * user and role the policy names, so one that does not exist makes the policy invalid; the lab looks
 * them up in the caller's account only, so a principal of another account is refused as invalid.
 */
export async function checkTrustPolicy(db: DbOrTx, accountId: string, document: string): Promise<void> {
  const parsed = parsePolicyDocument(document, "trust");
  if (!parsed.ok) throw new IamError("MalformedPolicyDocument", parsed.message);
  const tooBig = trustPolicySizeError(document);
  if (tooBig) throw new IamError(tooBig.code, tooBig.message);
  for (const principal of principalsToVerify(parsed.policy)) {
    const where = { arn: principal.arn, accountId };
    const exists = principal.kind === "user" ? await db.user.findFirst({ where, select: { id: true } }) : await db.role.findFirst({ where, select: { id: true } });
    if (principal.accountId !== accountId || !exists) throw new IamError("MalformedPolicyDocument", invalidPrincipalMessage("AWS", principal.arn));
  }
}
