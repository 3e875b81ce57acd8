import type { Db, DbOrTx } from "../db/types";
import { authorize } from "./authorize";
import { arnResource } from "./iam-actions";
import { awsManagedPolicy, awsManagedPolicyPath } from "./aws-managed-policies";
import { IamError } from "./errors";
import { type EventOrigin, recordCallerEvent } from "./events";
import { newId } from "./ids";
import { findPolicy, policyNotFound } from "./managed-policies";
import { authorizePolicyOwnerAccess, findPolicyOwner, ownedBy, POLICY_OWNERS, type PolicyOwnerKind, refuseProtectedRole } from "./policy-owners";
import type { Principal } from "./principal";
import { lockPolicyOwner } from "./row-locks";

/** AWS's default quota of managed policies attached to one user, group or role. */
export const MANAGED_POLICIES_PER_OWNER = 10;

export type AttachedPolicy = { policyName: string; policyArn: string; path: string };

const notAttachable = (arn: string) => new IamError("NoSuchEntity", `Policy ${arn} does not exist or is not attachable.`);
/** AWS's policies for service-linked roles (path /aws-service-role/) are attached by AWS alone. */
const SERVICE_ROLE_PATH = "/aws-service-role/";

type OwnerInput = EventOrigin & { kind: PolicyOwnerKind; name: string; policyArn: string };

/** The name of Attach/Detach/ListAttached…: `Attach${User|Group|Role}Policy`. */
const actionFor = (verb: string, kind: PolicyOwnerKind, noun = "Policy") => `${verb}${POLICY_OWNERS[kind].action}${noun}`;
const ownerParameter = (kind: PolicyOwnerKind) => `${kind}Name`;

/**
 * Attach{User,Group,Role}Policy: an AWS managed policy or one of the account's; attaching it again changes
 * nothing (AWS answers success); at most 10 per user, group or role.
 */
export async function attachPolicy(db: Db, input: OwnerInput): Promise<void> {
  const { actor, now, kind } = input;
  const action = actionFor("Attach", kind);
  await authorizePolicyOwnerAccess(db, actor, action, kind, input.name);
  await db.$transaction(async (tx) => {
    const owner = await findPolicyOwner(tx, actor.accountId, kind, input.name);
    refuseProtectedRole(owner);
    const policy = await findPolicy(tx, actor.accountId, input.policyArn, notAttachable);
    if (policy.scope === "AWS" && awsManagedPolicyPath(policy.arn) === SERVICE_ROLE_PATH) {
      throw new IamError("PolicyNotAttachable", "Cannot attach a Service Role Policy to a Customer Role.");
    }
    const where = ownedBy(owner);
    await lockPolicyOwner(tx, owner);
    if (!(await tx.policyAttachment.findFirst({ where: { ...where, policyArn: policy.arn }, select: { id: true } }))) {
      if ((await tx.policyAttachment.count({ where })) >= MANAGED_POLICIES_PER_OWNER) {
        throw new IamError("LimitExceeded", `Cannot exceed quota for PoliciesPer${POLICY_OWNERS[kind].action}: ${MANAGED_POLICIES_PER_OWNER}`);
      }
      await tx.policyAttachment.create({
        data: { id: newId(), accountId: actor.accountId, policyArn: policy.arn, customerPolicyId: policy.scope === "Local" ? policy.row.id : null, ...where, attachedAt: now },
      });
    }
    await recordCallerEvent(tx, input, action, { [ownerParameter(kind)]: owner.name, policyArn: policy.arn });
  });
}

/** Detach{User,Group,Role}Policy: NoSuchEntity when that policy is not attached to it. */
export async function detachPolicy(db: Db, input: OwnerInput): Promise<void> {
  const { actor, kind } = input;
  const action = actionFor("Detach", kind);
  await authorizePolicyOwnerAccess(db, actor, action, kind, input.name);
  await db.$transaction(async (tx) => {
    const owner = await findPolicyOwner(tx, actor.accountId, kind, input.name);
    refuseProtectedRole(owner);
    const { count } = await tx.policyAttachment.deleteMany({ where: { ...ownedBy(owner), policyArn: input.policyArn } });
    if (count === 0) throw policyNotFound(input.policyArn);
    await recordCallerEvent(tx, input, action, { [ownerParameter(kind)]: owner.name, policyArn: input.policyArn });
  });
}

/** The managed policies attached to one user, group or role, in the order they were attached. */
export async function attachedPoliciesOf(db: DbOrTx, owner: { kind: PolicyOwnerKind; id: string }): Promise<AttachedPolicy[]> {
  const rows = await db.policyAttachment.findMany({
    where: ownedBy(owner),
    orderBy: [{ attachedAt: "asc" }, { id: "asc" }],
    select: { policyArn: true, customerPolicy: { select: { name: true, path: true } } },
  });
  return rows.flatMap((row) => {
    const policy = row.customerPolicy ?? awsManagedPolicy(row.policyArn);
    return policy ? [{ policyName: policy.name, policyArn: row.policyArn, path: row.customerPolicy?.path ?? awsManagedPolicyPath(row.policyArn) }] : [];
  });
}

/** ListAttached{User,Group,Role}Policies, those whose policy path starts with `pathPrefix`. */
export async function listAttachedPolicies(db: DbOrTx, input: { actor: Principal; kind: PolicyOwnerKind; name: string; pathPrefix?: string }): Promise<AttachedPolicy[]> {
  await authorizePolicyOwnerAccess(db, input.actor, actionFor("ListAttached", input.kind, "Policies"), input.kind, input.name);
  const owner = await findPolicyOwner(db, input.actor.accountId, input.kind, input.name);
  return (await attachedPoliciesOf(db, owner)).filter((policy) => policy.path.startsWith(input.pathPrefix ?? "/"));
}

export type PolicyEntities = {
  groups: { groupName: string; groupId: string }[];
  users: { userName: string; userId: string }[];
  roles: { roleName: string; roleId: string }[];
};

/**
 * ListEntitiesForPolicy: who in the account has the policy attached, filtered by kind (EntityFilter
 * User, Group or Role; LocalManagedPolicy and AWSManagedPolicy name no entity, so they list none) and by
 * the entity's path. The lab has no permissions boundaries: PolicyUsageFilter PermissionsBoundary lists none.
 */
export async function listEntitiesForPolicy(
  db: DbOrTx,
  input: { actor: Principal; policyArn: string; entityFilter?: string; pathPrefix?: string; policyUsageFilter?: string },
): Promise<PolicyEntities> {
  await authorize(db, input.actor, "iam:ListEntitiesForPolicy", arnResource(input.policyArn));
  const policy = await findPolicy(db, input.actor.accountId, input.policyArn);
  const entities: PolicyEntities = { groups: [], users: [], roles: [] };
  if (input.policyUsageFilter === "PermissionsBoundary") return entities;
  const rows = await db.policyAttachment.findMany({
    where: { accountId: input.actor.accountId, policyArn: policy.arn },
    orderBy: [{ attachedAt: "asc" }, { id: "asc" }],
    select: { user: { select: { id: true, name: true, path: true } }, group: { select: { id: true, name: true, path: true } }, role: { select: { id: true, name: true, path: true } } },
  });
  const wanted = (kind: "User" | "Group" | "Role", entity: { path: string } | null): entity is { id: string; name: string; path: string } =>
    entity !== null && (input.entityFilter === undefined || input.entityFilter === kind) && entity.path.startsWith(input.pathPrefix ?? "/");
  for (const row of rows) {
    if (wanted("User", row.user)) entities.users.push({ userName: row.user.name, userId: row.user.id });
    if (wanted("Group", row.group)) entities.groups.push({ groupName: row.group.name, groupId: row.group.id });
    if (wanted("Role", row.role)) entities.roles.push({ roleName: row.role.name, roleId: row.role.id });
  }
  return entities;
}
