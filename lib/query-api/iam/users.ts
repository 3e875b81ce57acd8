import "server-only";
import { z } from "zod";
import { createUser } from "../../iam/create-user";
import { nonUserCredentials } from "../../iam/credentials-target";
import { deleteUser } from "../../iam/delete-user";
import { getAccount } from "../../iam/get-account";
import { getUser } from "../../iam/get-user";
import { listUsers } from "../../iam/list-users";
import { updateUser } from "../../iam/update-user";
import { listUserTags, tagUser, untagUser } from "../../iam/user-tags";
import type { Operation } from "../operation";
import { pageParams, paginate, parseParams } from "../params";
import { newUserName, path, pathPrefix, readTagKeys, readTags, userName } from "./params";
import { tagShape, userShape } from "./shapes";

// Each operation's parameters, built once (./params.ts).
const GET_USER = z.object({ UserName: userName().optional() });
const LIST_USERS = z.object({ PathPrefix: pathPrefix().optional(), ...pageParams });
const CREATE_USER = z.object({ UserName: newUserName(), Path: path().optional() });
const UPDATE_USER = z.object({ UserName: userName(), NewPath: path("newPath").optional(), NewUserName: newUserName("newUserName").optional() });
const USER = z.object({ UserName: userName() });
const LIST_USER_TAGS = z.object({ UserName: userName(), ...pageParams });

/** IAM users and their tags. */
export const USER_OPERATIONS: Record<string, Operation> = {
  async GetUser({ params, db, actor }) {
    const p = parseParams(GET_USER, params);
    if (!p.UserName && actor.isRoot) {
      const account = await getAccount(db, actor.accountId);
      return { User: userShape({ path: null, userName: null, userId: account.accountId, arn: actor.arn, createDate: account.createdAt }) };
    }
    if (!p.UserName && actor.roleSession) throw nonUserCredentials();
    const user = await getUser(db, { actor, userName: p.UserName ?? actor.userName! });
    return { User: userShape(user) };
  },

  async ListUsers({ params, db, actor }) {
    const p = parseParams(LIST_USERS, params);
    const users = (await listUsers(db, { actor, pathPrefix: p.PathPrefix })).filter((user) => user.path.startsWith(p.PathPrefix ?? "/"));
    const { page, ...more } = paginate(users, p);
    return {
      Users: page.map((user) =>
        userShape({ path: user.path, userName: user.userName, userId: user.userId, arn: user.arn, createDate: user.createdAt, passwordLastUsed: user.passwordLastUsed }),
      ),
      ...more,
    };
  },

  async CreateUser({ params, db, actor, now, context }) {
    const p = parseParams(CREATE_USER, params);
    const tags = readTags(params);
    const user = await createUser(db, { accountId: actor.accountId, userName: p.UserName, path: p.Path, tags, actor, now, context });
    return { User: userShape({ path: user.path, userName: user.userName, userId: user.userId, arn: user.arn, createDate: user.createdAt, tags }) };
  },

  async UpdateUser({ params, db, actor, now, context }) {
    const p = parseParams(UPDATE_USER, params);
    await updateUser(db, { actor, userName: p.UserName, newUserName: p.NewUserName, newPath: p.NewPath, now, context });
    return null;
  },

  async DeleteUser({ params, db, actor, now, context }) {
    const p = parseParams(USER, params);
    await deleteUser(db, { actor, userName: p.UserName, now, context });
    return null;
  },

  async TagUser({ params, db, actor, now, context }) {
    const p = parseParams(USER, params);
    await tagUser(db, { actor, userName: p.UserName, tags: readTags(params, { required: true }), now, context });
    return null;
  },

  async UntagUser({ params, db, actor, now, context }) {
    const p = parseParams(USER, params);
    await untagUser(db, { actor, userName: p.UserName, tagKeys: readTagKeys(params, { required: true }), now, context });
    return null;
  },

  async ListUserTags({ params, db, actor }) {
    const p = parseParams(LIST_USER_TAGS, params);
    const { page, ...more } = paginate(await listUserTags(db, { actor, userName: p.UserName }), p);
    return { Tags: page.map(tagShape), ...more };
  },
};
