import type { Db, DbOrTx } from "../db/types";
import { isUniqueViolation } from "../db/types";
import { groupArn } from "./arn";
import { authorize, isSelf, selfResource, userTarget } from "./authorize";
import { arnResource, groupsResource } from "./iam-actions";
import { IamError, isIamError } from "./errors";
import { type EventOrigin, recordCallerEvent } from "./events";
import { authorizeOnGroup, findGroupByName, groupNamed } from "./groups";
import { newGroupId } from "./ids";
import type { Principal } from "./principal";
import { lockAccount, lockPolicyOwner } from "./row-locks";
import { findUserByName } from "./users";

/** AWS's quotas: groups in an account, and groups one user may belong to ("IAM and AWS STS quotas"). */
export const GROUPS_PER_ACCOUNT = 300;
export const GROUPS_PER_USER = 10;

export type Group = { groupName: string; groupId: string; path: string; arn: string; createDate: Date };
export type GroupMember = { path: string; userName: string; userId: string; arn: string; createDate: Date; passwordLastUsed: Date | null };

type GroupRow = { id: string; name: string; path: string; arn: string; createdAt: Date };
const groupOf = (row: GroupRow): Group => ({ groupName: row.name, groupId: row.id, path: row.path, arn: row.arn, createDate: row.createdAt });

const alreadyExists = (groupName: string) => new IamError("EntityAlreadyExists", `Group with name ${groupName} already exists.`);

/** CreateGroup: at most 300 in the account. */
export async function createGroup(db: Db, input: EventOrigin & { groupName: string; path?: string }): Promise<Group> {
  const { actor, now } = input;
  const path = input.path ?? "/";
  const row = { id: newGroupId(), accountId: actor.accountId, name: input.groupName, nameKey: input.groupName.toLowerCase(), path, arn: groupArn(actor.accountId, path, input.groupName), createdAt: now };
  await authorize(db, actor, "iam:CreateGroup", arnResource(row.arn));
  try {
    await db.$transaction(async (tx) => {
      await lockAccount(tx, actor.accountId);
      if (await tx.group.findUnique({ where: groupNamed(actor.accountId, input.groupName), select: { id: true } })) throw alreadyExists(input.groupName);
      if ((await tx.group.count({ where: { accountId: actor.accountId } })) >= GROUPS_PER_ACCOUNT) {
        throw new IamError("LimitExceeded", `Cannot exceed quota for GroupsPerAccount: ${GROUPS_PER_ACCOUNT}`);
      }
      await tx.group.create({ data: row });
      await recordCallerEvent(tx, input, "CreateGroup", { groupName: row.name, ...(input.path !== undefined ? { path } : {}) }, {
        responseElements: { group: { path, groupName: row.name, groupId: row.id, arn: row.arn, createDate: now.toISOString() } },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyExists(input.groupName);
    throw error;
  }
  return groupOf(row);
}

/** GetGroup: the group and its members, in the order they were added. */
export async function getGroup(db: DbOrTx, input: { actor: Principal; groupName: string }): Promise<{ group: Group; users: GroupMember[] }> {
  const group = await authorizeOnGroup(db, input.actor, input.groupName, "iam:GetGroup");
  const memberships = await db.groupMembership.findMany({ where: { groupId: group.id }, orderBy: [{ addedAt: "asc" }, { userId: "asc" }], include: { user: true } });
  return {
    group: groupOf(group),
    users: memberships.map(({ user }) => ({ path: user.path, userName: user.name, userId: user.id, arn: user.arn, createDate: user.createdAt, passwordLastUsed: user.passwordLastUsed })),
  };
}

/** ListGroups: the account's groups whose path starts with `pathPrefix`, by name. */
export async function listGroups(db: DbOrTx, input: { actor: Principal; pathPrefix?: string }): Promise<Group[]> {
  await authorize(db, input.actor, "iam:ListGroups", groupsResource(input.actor.accountId, input.pathPrefix));
  const rows = await db.group.findMany({ where: { accountId: input.actor.accountId }, orderBy: { nameKey: "asc" } });
  return rows.filter((row) => row.path.startsWith(input.pathPrefix ?? "/")).map(groupOf);
}

/** ListGroupsForUser: an administrator reads anyone's, an IAM user their own (AWS's self-manage policies allow it). */
export async function listGroupsForUser(db: DbOrTx, input: { actor: Principal; userName: string }): Promise<Group[]> {
  await authorize(db, input.actor, "iam:ListGroupsForUser", isSelf(input.actor, input.userName) ? selfResource(input.actor) : (await userTarget(db, input.actor, input.userName)).resource);
  const user = await findUserByName(db, input.actor.accountId, input.userName);
  const memberships = await db.groupMembership.findMany({ where: { userId: user.id }, orderBy: [{ addedAt: "asc" }, { groupId: "asc" }], include: { group: true } });
  return memberships.map(({ group }) => groupOf(group));
}

/** UpdateGroup: a new name and/or path; the ARN follows, members and policies stay with the group. */
export async function updateGroup(db: Db, input: EventOrigin & { groupName: string; newGroupName?: string; newPath?: string }): Promise<void> {
  const { actor } = input;
  // AWS asks for the right on the group under its old name and path and under its new ones.
  const current = await authorizeOnGroup(db, actor, input.groupName, "iam:UpdateGroup");
  const renamed = groupArn(actor.accountId, input.newPath ?? current.path, input.newGroupName ?? current.name);
  if (renamed !== current.arn) await authorize(db, actor, "iam:UpdateGroup", arnResource(renamed));
  try {
    await db.$transaction(async (tx) => {
      const group = await findGroupByName(tx, actor.accountId, input.groupName);
      const name = input.newGroupName ?? group.name;
      const path = input.newPath ?? group.path;
      if (name.toLowerCase() !== group.nameKey && (await tx.group.findUnique({ where: groupNamed(actor.accountId, name), select: { id: true } }))) {
        throw alreadyExists(name);
      }
      await tx.group.update({ where: { id: group.id }, data: { name, nameKey: name.toLowerCase(), path, arn: groupArn(actor.accountId, path, name) } });
      await recordCallerEvent(tx, input, "UpdateGroup", {
        groupName: group.name,
        ...(input.newGroupName !== undefined ? { newGroupName: input.newGroupName } : {}),
        ...(input.newPath !== undefined ? { newPath: input.newPath } : {}),
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyExists(input.newGroupName ?? input.groupName);
    throw error;
  }
}

/**
 * DeleteGroup: refused while the group has members, inline policies or attached managed policies, each
 * with AWS's DeleteConflict message. A refused call is recorded with its error, as CloudTrail records it.
 */
export async function deleteGroup(db: Db, input: EventOrigin & { groupName: string }): Promise<void> {
  const { actor } = input;
  try {
    await authorizeOnGroup(db, actor, input.groupName, "iam:DeleteGroup");
    await db.$transaction(async (tx) => {
      const group = await findGroupByName(tx, actor.accountId, input.groupName);
      if ((await tx.groupMembership.count({ where: { groupId: group.id } })) > 0) {
        throw new IamError("DeleteConflict", "Cannot delete entity, must remove users from group first.");
      }
      if ((await tx.inlinePolicy.count({ where: { groupId: group.id } })) > 0) throw new IamError("DeleteConflict", "Cannot delete entity, must delete policies first.");
      if ((await tx.policyAttachment.count({ where: { groupId: group.id } })) > 0) {
        throw new IamError("DeleteConflict", "Cannot delete entity, must detach all policies first.");
      }
      await tx.group.delete({ where: { id: group.id } });
      await recordCallerEvent(tx, input, "DeleteGroup", { groupName: group.name });
    });
  } catch (error) {
    if (isIamError(error)) await recordCallerEvent(db, input, "DeleteGroup", { groupName: input.groupName }, { error });
    throw error;
  }
}

/** AddUserToGroup: a member already is one (AWS answers success); at most 10 groups per user. */
export async function addUserToGroup(db: Db, input: EventOrigin & { groupName: string; userName: string }): Promise<void> {
  const { actor, now } = input;
  await authorizeOnGroup(db, actor, input.groupName, "iam:AddUserToGroup");
  await db.$transaction(async (tx) => {
    const group = await findGroupByName(tx, actor.accountId, input.groupName);
    const user = await findUserByName(tx, actor.accountId, input.userName);
    await lockPolicyOwner(tx, { kind: "user", id: user.id });
    const member = await tx.groupMembership.findUnique({ where: { groupId_userId: { groupId: group.id, userId: user.id } }, select: { addedAt: true } });
    if (!member) {
      if ((await tx.groupMembership.count({ where: { userId: user.id } })) >= GROUPS_PER_USER) {
        throw new IamError("LimitExceeded", `Cannot exceed quota for GroupsPerUser: ${GROUPS_PER_USER}`);
      }
      await tx.groupMembership.create({ data: { groupId: group.id, userId: user.id, addedAt: now } });
    }
    await recordCallerEvent(tx, input, "AddUserToGroup", { groupName: group.name, userName: user.name });
  });
}

/**
 * RemoveUserFromGroup. A user who is not a member is answered with success, as AWS answers it (tried
 * against AWS with the CLI in cloud-custodian/cloud-custodian#4730); an unknown user or group is NoSuchEntity.
 */
export async function removeUserFromGroup(db: Db, input: EventOrigin & { groupName: string; userName: string }): Promise<void> {
  const { actor } = input;
  await authorizeOnGroup(db, actor, input.groupName, "iam:RemoveUserFromGroup");
  await db.$transaction(async (tx) => {
    const group = await findGroupByName(tx, actor.accountId, input.groupName);
    const user = await findUserByName(tx, actor.accountId, input.userName);
    await tx.groupMembership.deleteMany({ where: { groupId: group.id, userId: user.id } });
    await recordCallerEvent(tx, input, "RemoveUserFromGroup", { groupName: group.name, userName: user.name });
  });
}
