import "server-only";
import { z } from "zod";
import { attachPolicy, detachPolicy, listAttachedPolicies, listEntitiesForPolicy } from "../../iam/policy-attachments";
import type { PolicyOwnerKind } from "../../iam/policy-owners";
import type { Operation } from "../operation";
import { awsEnum, pageParams, paginate, parseParams } from "../params";
import { ENTITY_TYPES, groupName, newUserName, path, policyArn, policyPath, policyUsageFilter, roleName } from "./params";

// Attach/Detach/ListAttached{User,Group,Role}Policies take the owner's name as the model types it for each
// kind: userNameType (1-64), groupNameType, roleNameType.
const OWNER_NAMES = {
  user: { param: "UserName", schema: newUserName() },
  group: { param: "GroupName", schema: groupName() },
  role: { param: "RoleName", schema: roleName() },
} as const;

function attachmentOperations(kind: PolicyOwnerKind, noun: "User" | "Group" | "Role"): Record<string, Operation> {
  const { param, schema } = OWNER_NAMES[kind];
  const ATTACHMENT = z.object({ [param]: schema, PolicyArn: policyArn() });
  const LIST = z.object({ [param]: schema, PathPrefix: policyPath("pathPrefix").optional(), ...pageParams });
  return {
    async [`Attach${noun}Policy`]({ params, db, actor, now, context }) {
      const p = parseParams(ATTACHMENT, params) as Record<string, string>;
      await attachPolicy(db, { actor, now, context, kind, name: p[param], policyArn: p.PolicyArn });
      return null;
    },
    async [`Detach${noun}Policy`]({ params, db, actor, now, context }) {
      const p = parseParams(ATTACHMENT, params) as Record<string, string>;
      await detachPolicy(db, { actor, now, context, kind, name: p[param], policyArn: p.PolicyArn });
      return null;
    },
    async [`ListAttached${noun}Policies`]({ params, db, actor }) {
      const p = parseParams(LIST, params) as { PathPrefix?: string; Marker?: string; MaxItems?: number } & Record<string, string>;
      const { page, ...more } = paginate(await listAttachedPolicies(db, { actor, kind, name: p[param], pathPrefix: p.PathPrefix }), p);
      return { AttachedPolicies: page.map((policy) => ({ PolicyName: policy.policyName, PolicyArn: policy.policyArn })), ...more };
    },
  };
}

const LIST_ENTITIES = z.object({
  PolicyArn: policyArn(),
  EntityFilter: awsEnum("entityFilter", ENTITY_TYPES).optional(),
  PathPrefix: path("pathPrefix").optional(),
  PolicyUsageFilter: policyUsageFilter().optional(),
  ...pageParams,
});

/** Managed policies attached to users, groups and roles, and who has a policy attached. */
export const POLICY_ATTACHMENT_OPERATIONS: Record<string, Operation> = {
  ...attachmentOperations("user", "User"),
  ...attachmentOperations("group", "Group"),
  ...attachmentOperations("role", "Role"),

  async ListEntitiesForPolicy({ params, db, actor }) {
    const p = parseParams(LIST_ENTITIES, params);
    const entities = await listEntitiesForPolicy(db, {
      actor,
      policyArn: p.PolicyArn,
      entityFilter: p.EntityFilter,
      pathPrefix: p.PathPrefix,
      policyUsageFilter: p.PolicyUsageFilter,
    });
    // One page over the three lists together, groups, users then roles, as AWS pages them.
    const all = [
      ...entities.groups.map((group) => ({ kind: "group" as const, item: { GroupName: group.groupName, GroupId: group.groupId } })),
      ...entities.users.map((user) => ({ kind: "user" as const, item: { UserName: user.userName, UserId: user.userId } })),
      ...entities.roles.map((role) => ({ kind: "role" as const, item: { RoleName: role.roleName, RoleId: role.roleId } })),
    ];
    const { page, ...more } = paginate(all, p);
    const of = (kind: "group" | "user" | "role") => page.filter((entry) => entry.kind === kind).map((entry) => entry.item);
    return { PolicyGroups: of("group"), PolicyUsers: of("user"), PolicyRoles: of("role"), ...more };
  },
};
