import type { Db, DbOrTx } from "../db/types";
import { authorize } from "./authorize";
import type { EventOrigin } from "./events";
import { groupsResource } from "./iam-actions";
import { deleteInlinePolicy, listInlinePolicies } from "./inline-policies";
import { addUserToGroup, createGroup, deleteGroup, getGroup, type Group, removeUserFromGroup } from "./manage-groups";
import { attachPolicy, detachPolicy, listAttachedPolicies } from "./policy-attachments";
import type { Principal } from "./principal";

// The User groups pages do what AWS's console does with several IAM calls: each step is the API's own
// call, authorized with its own action, so a caller allowed CreateGroup but not AttachGroupPolicy gets
// the group and AWS's denial for the rest, as in AWS's console.

export type GroupSummary = Group & { userCount: number; hasPermissions: boolean };

/** The User groups list: ListGroups, with each group's member count and whether any policy is attached or inline. */
export async function listGroupSummaries(db: DbOrTx, input: { actor: Principal }): Promise<GroupSummary[]> {
  await authorize(db, input.actor, "iam:ListGroups", groupsResource(input.actor.accountId));
  const rows = await db.group.findMany({
    where: { accountId: input.actor.accountId },
    orderBy: { nameKey: "asc" },
    include: { _count: { select: { members: true, policyAttachments: true, inlinePolicies: true } } },
  });
  return rows.map((row) => ({
    groupName: row.name,
    groupId: row.id,
    path: row.path,
    arn: row.arn,
    createDate: row.createdAt,
    userCount: row._count.members,
    hasPermissions: row._count.policyAttachments + row._count.inlinePolicies > 0,
  }));
}

/** "Create group": CreateGroup, then AddUserToGroup for each user and AttachGroupPolicy for each policy. */
export async function createGroupWith(db: Db, input: EventOrigin & { groupName: string; userNames: string[]; policyArns: string[] }): Promise<Group> {
  const group = await createGroup(db, { actor: input.actor, now: input.now, context: input.context, groupName: input.groupName });
  for (const userName of input.userNames) await addUserToGroup(db, { ...input, groupName: group.groupName, userName });
  for (const policyArn of input.policyArns) await attachPolicy(db, { ...input, kind: "group", name: group.groupName, policyArn });
  return group;
}

/**
 * The console's "Delete" of a group: IAM refuses DeleteGroup while the group has members or policies, so
 * the console removes its users, detaches its managed policies and deletes its inline ones first.
 */
export async function deleteGroupAndContents(db: Db, input: EventOrigin & { groupName: string }): Promise<void> {
  const { actor, groupName } = input;
  const { users } = await getGroup(db, { actor, groupName });
  for (const user of users) await removeUserFromGroup(db, { ...input, userName: user.userName });
  for (const policy of await listAttachedPolicies(db, { actor, kind: "group", name: groupName })) {
    await detachPolicy(db, { ...input, kind: "group", name: groupName, policyArn: policy.policyArn });
  }
  for (const policyName of await listInlinePolicies(db, { actor, kind: "group", name: groupName })) {
    await deleteInlinePolicy(db, { ...input, kind: "group", name: groupName, policyName });
  }
  await deleteGroup(db, input);
}
