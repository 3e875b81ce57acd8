import type { DbOrTx } from "../db/types";
import { accessDenied, isAccountAdministrator, isSelf } from "./authorization";
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
 * Who may call an operation on a user's, group's or role's policies. Administrators: all of them. An IAM
 * user: reading their own user's policies, as AWS's example policy "Allows IAM users to view their own
 * inline and managed policies" grants. The one place these operations ask, until policies are enforced.
 */
export function authorizePolicyOwnerAccess(actor: Principal, action: string, kind: PolicyOwnerKind, name: string, { read }: { read: boolean }): void {
  if (isAccountAdministrator(actor)) return;
  if (read && kind === "user" && isSelf(actor, name)) return;
  throw accessDenied(actor, action);
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
