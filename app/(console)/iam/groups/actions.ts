"use server";

import { revalidatePath } from "next/cache";
import { consoleAction } from "@/lib/auth/console-action";
import { createGroupWith, deleteGroupAndContents } from "@/lib/iam/console-groups";
import { addUserToGroup, removeUserFromGroup } from "@/lib/iam/manage-groups";
import { addUsersToGroupSchema, addUserToGroupsSchema, createGroupSchema, groupMembershipSchema, groupRefSchema } from "@/lib/iam/permissions-schemas";
import { outcomeOf } from "../permissions/outcome";

// User groups and their members: each action one or a few lib/iam calls, each authorized there with
// AWS's action (iam:CreateGroup, iam:AddUserToGroup, …), as the API's are.

export const createGroupAction = consoleAction(createGroupSchema, async (input, { identity, db, now, context }) => {
  const outcome = await outcomeOf(async () => (await createGroupWith(db, { actor: identity.principal, now, context, ...input })).groupName);
  revalidatePath("/iam", "layout");
  return outcome;
});

export const deleteGroupAction = consoleAction(groupRefSchema, async ({ groupName }, { identity, db, now, context }) => {
  const outcome = await outcomeOf(() => deleteGroupAndContents(db, { actor: identity.principal, now, context, groupName }));
  revalidatePath("/iam", "layout");
  return outcome;
});

/** A user's "Add user to groups": AddUserToGroup for each group chosen. */
export const addUserToGroupsAction = consoleAction(addUserToGroupsSchema, async ({ userName, groupNames }, { identity, db, now, context }) => {
  const outcome = await outcomeOf(async () => {
    for (const groupName of groupNames) await addUserToGroup(db, { actor: identity.principal, now, context, groupName, userName });
    return null;
  });
  revalidatePath("/iam", "layout");
  return outcome;
});

/** A group's "Add users": AddUserToGroup for each user chosen. */
export const addUsersToGroupAction = consoleAction(addUsersToGroupSchema, async ({ groupName, userNames }, { identity, db, now, context }) => {
  const outcome = await outcomeOf(async () => {
    for (const userName of userNames) await addUserToGroup(db, { actor: identity.principal, now, context, groupName, userName });
    return null;
  });
  revalidatePath("/iam", "layout");
  return outcome;
});

export const removeUserFromGroupAction = consoleAction(groupMembershipSchema, async ({ groupName, userName }, { identity, db, now, context }) => {
  const outcome = await outcomeOf(() => removeUserFromGroup(db, { actor: identity.principal, now, context, groupName, userName }));
  revalidatePath("/iam", "layout");
  return outcome;
});
