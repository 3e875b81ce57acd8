import "server-only";
import { z } from "zod";
import { createRole } from "../../iam/create-role";
import { deleteRole } from "../../iam/delete-role";
import { getRole } from "../../iam/get-role";
import { listRoles } from "../../iam/list-roles";
import { listRoleTags, tagRole, untagRole } from "../../iam/role-tags";
import { updateAssumeRolePolicy } from "../../iam/update-assume-role-policy";
import { updateRole } from "../../iam/update-role";
import type { Operation } from "../operation";
import { pageParams, paginate, parseParams } from "../params";
import { maxSessionDuration, path, pathPrefix, policyDocument, readTagKeys, readTags, roleDescription, roleName } from "./params";
import { roleShape, tagShape } from "./shapes";

// Each operation's parameters, built once (./params.ts).
const ROLE = z.object({ RoleName: roleName() });
const CREATE_ROLE = z.object({
  RoleName: roleName(),
  Path: path().optional(),
  AssumeRolePolicyDocument: policyDocument("assumeRolePolicyDocument"),
  Description: roleDescription().optional(),
  MaxSessionDuration: maxSessionDuration().optional(),
});
const LIST_ROLES = z.object({ PathPrefix: pathPrefix().optional(), ...pageParams });
const UPDATE_ROLE = z.object({ RoleName: roleName(), Description: roleDescription().optional(), MaxSessionDuration: maxSessionDuration().optional() });
const UPDATE_ROLE_DESCRIPTION = z.object({ RoleName: roleName(), Description: roleDescription() });
const UPDATE_ASSUME_ROLE_POLICY = z.object({ RoleName: roleName(), PolicyDocument: policyDocument() });
const LIST_ROLE_TAGS = z.object({ RoleName: roleName(), ...pageParams });

/** IAM roles, their trust policies and their tags. */
export const ROLE_OPERATIONS: Record<string, Operation> = {
  async CreateRole({ params, db, actor, now, context }) {
    const p = parseParams(CREATE_ROLE, params);
    const role = await createRole(db, {
      actor,
      roleName: p.RoleName,
      path: p.Path,
      assumeRolePolicyDocument: p.AssumeRolePolicyDocument,
      description: p.Description,
      maxSessionDuration: p.MaxSessionDuration,
      tags: readTags(params),
      now,
      context,
    });
    return { Role: roleShape({ ...role, lastUsed: undefined }) };
  },

  async GetRole({ params, db, actor }) {
    const p = parseParams(ROLE, params);
    return { Role: roleShape(await getRole(db, { actor, roleName: p.RoleName })) };
  },

  async ListRoles({ params, db, actor }) {
    const p = parseParams(LIST_ROLES, params);
    const { page, ...more } = paginate(await listRoles(db, { actor, pathPrefix: p.PathPrefix }), p);
    return { Roles: page.map(roleShape), ...more };
  },

  async UpdateRole({ params, db, actor, now, context }) {
    const p = parseParams(UPDATE_ROLE, params);
    await updateRole(db, { actor, roleName: p.RoleName, description: p.Description, maxSessionDuration: p.MaxSessionDuration, now, context });
    return {};
  },

  async UpdateRoleDescription({ params, db, actor, now, context }) {
    const p = parseParams(UPDATE_ROLE_DESCRIPTION, params);
    const role = await updateRole(db, { actor, roleName: p.RoleName, description: p.Description, now, context }, "UpdateRoleDescription");
    return { Role: roleShape(role) };
  },

  async UpdateAssumeRolePolicy({ params, db, actor, now, context }) {
    const p = parseParams(UPDATE_ASSUME_ROLE_POLICY, params);
    await updateAssumeRolePolicy(db, { actor, roleName: p.RoleName, policyDocument: p.PolicyDocument, now, context });
    return null;
  },

  async DeleteRole({ params, db, actor, now, context }) {
    const p = parseParams(ROLE, params);
    await deleteRole(db, { actor, roleName: p.RoleName, now, context });
    return null;
  },

  async TagRole({ params, db, actor, now, context }) {
    const p = parseParams(ROLE, params);
    await tagRole(db, { actor, roleName: p.RoleName, tags: readTags(params, { required: true }), now, context });
    return null;
  },

  async UntagRole({ params, db, actor, now, context }) {
    const p = parseParams(ROLE, params);
    await untagRole(db, { actor, roleName: p.RoleName, tagKeys: readTagKeys(params, { required: true }), now, context });
    return null;
  },

  async ListRoleTags({ params, db, actor }) {
    const p = parseParams(LIST_ROLE_TAGS, params);
    const { page, ...more } = paginate(await listRoleTags(db, { actor, roleName: p.RoleName }), p);
    return { Tags: page.map(tagShape), ...more };
  },
};
