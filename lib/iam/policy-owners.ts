import type { DbOrTx } from "../db/types";
import { authorize } from "./authorize";
import { type Action, arnResource } from "./iam-actions";
import { IamError } from "./errors";
import { findGroupByName } from "./groups";
import type { Principal } from "./principal";
import { findRoleByName } from "./roles";
import { findUserByName } from "./users";

// Users, groups and roles hold policies alike: managed ones attached (policy-attachments.ts) and inline
// ones (inline-policies.ts). Each kind's table says how to find one by name and which column of
// PolicyAttachment and InlinePolicy points at it.

export type PolicyOwnerKind = "user" | "group" | "role";

export type PolicyOwner = { kind: PolicyOwnerKind; id: string; name: string; path: string };

type OwnerColumn = "userId" | "groupId" | "roleId";

export const POLICY_OWNERS: Record<PolicyOwnerKind, { column: OwnerColumn; action: "User" | "Group" | "Role"; find: (db: DbOrTx, accountId: string, name: string) => Promise<{ id: string; name: string; path: string }> }> = {
  user: { column: "userId", action: "User", find: findUserByName },
  group: { column: "groupId", action: "Group", find: findGroupByName },
  role: { column: "roleId", action: "Role", find: findRoleByName },
};

/** The Prisma filter for rows of `owner`: `{ userId: … }`, `{ groupId: … }` or `{ roleId: … }`. */
export function ownedBy(owner: Pick<PolicyOwner, "kind" | "id">): Partial<Record<OwnerColumn, string>> {
  return { [POLICY_OWNERS[owner.kind].column]: owner.id };
}

export async function findPolicyOwner(db: DbOrTx, accountId: string, kind: PolicyOwnerKind, name: string): Promise<PolicyOwner> {
  const row = await POLICY_OWNERS[kind].find(db, accountId, name);
  return { kind, id: row.id, name: row.name, path: row.path };
}

/**
 * Whether the caller's policies allow an operation on a user's, group's or role's policies: the action on
 * the owner's ARN (at path "/": the owner is looked up after, so a refused caller learns nothing of it).
 */
export async function authorizePolicyOwnerAccess(db: DbOrTx, actor: Principal, action: string, kind: PolicyOwnerKind, name: string): Promise<void> {
  await authorize(db, actor, `iam:${action}` as Action, arnResource(`arn:aws:iam::${actor.accountId}:${kind}/${name}`));
}

/**
 * Roles AWS made for a service (path /aws-service-role/) or for IAM Identity Center (/aws-reserved/): their
 * policies are AWS's to change, and AWS answers this message (quoted in AWS's IAM Identity Center guide).
 */
export function refuseProtectedRole(owner: PolicyOwner): void {
  if (owner.kind === "role" && (owner.path.startsWith("/aws-service-role/") || owner.path.startsWith("/aws-reserved/"))) {
    throw new IamError("UnmodifiableEntity", `Cannot perform the operation on the protected role '${owner.name}' - this role is only modifiable by AWS`);
  }
}
