import "server-only";
import { z } from "zod";
import { addUserToGroup, createGroup, deleteGroup, getGroup, listGroups, listGroupsForUser, removeUserFromGroup, updateGroup } from "../../iam/manage-groups";
import type { Operation } from "../operation";
import { pageParams, paginate, parseParams } from "../params";
import { groupName, path, pathPrefix, userName } from "./params";
import { groupShape, userShape } from "./shapes";

// Each operation's parameters, built once (./params.ts).
const CREATE_GROUP = z.object({ GroupName: groupName(), Path: path().optional() });
const GET_GROUP = z.object({ GroupName: groupName(), ...pageParams });
const LIST_GROUPS = z.object({ PathPrefix: pathPrefix().optional(), ...pageParams });
const UPDATE_GROUP = z.object({ GroupName: groupName(), NewPath: path("newPath").optional(), NewGroupName: groupName("newGroupName").optional() });
const GROUP = z.object({ GroupName: groupName() });
const MEMBERSHIP = z.object({ GroupName: groupName(), UserName: userName() });
const LIST_GROUPS_FOR_USER = z.object({ UserName: userName(), ...pageParams });

/** IAM groups and their members. */
export const GROUP_OPERATIONS: Record<string, Operation> = {
  async CreateGroup({ params, db, actor, now, context }) {
    const p = parseParams(CREATE_GROUP, params);
    return { Group: groupShape(await createGroup(db, { actor, now, context, groupName: p.GroupName, path: p.Path })) };
  },

  async GetGroup({ params, db, actor }) {
    const p = parseParams(GET_GROUP, params);
    const { group, users } = await getGroup(db, { actor, groupName: p.GroupName });
    const { page, ...more } = paginate(users, p);
    return { Group: groupShape(group), Users: page.map((user) => userShape(user)), ...more };
  },

  async ListGroups({ params, db, actor }) {
    const p = parseParams(LIST_GROUPS, params);
    const { page, ...more } = paginate(await listGroups(db, { actor, pathPrefix: p.PathPrefix }), p);
    return { Groups: page.map(groupShape), ...more };
  },

  async UpdateGroup({ params, db, actor, now, context }) {
    const p = parseParams(UPDATE_GROUP, params);
    await updateGroup(db, { actor, now, context, groupName: p.GroupName, newGroupName: p.NewGroupName, newPath: p.NewPath });
    return null;
  },

  async DeleteGroup({ params, db, actor, now, context }) {
    const p = parseParams(GROUP, params);
    await deleteGroup(db, { actor, now, context, groupName: p.GroupName });
    return null;
  },

  async AddUserToGroup({ params, db, actor, now, context }) {
    const p = parseParams(MEMBERSHIP, params);
    await addUserToGroup(db, { actor, now, context, groupName: p.GroupName, userName: p.UserName });
    return null;
  },

  async RemoveUserFromGroup({ params, db, actor, now, context }) {
    const p = parseParams(MEMBERSHIP, params);
    await removeUserFromGroup(db, { actor, now, context, groupName: p.GroupName, userName: p.UserName });
    return null;
  },

  async ListGroupsForUser({ params, db, actor }) {
    const p = parseParams(LIST_GROUPS_FOR_USER, params);
    const { page, ...more } = paginate(await listGroupsForUser(db, { actor, userName: p.UserName }), p);
    return { Groups: page.map(groupShape), ...more };
  },
};
