import "server-only";
import { z } from "zod";
import { type AuthorizationDetail, type EntityType, getAccountAuthorizationDetails } from "../../iam/account-authorization-details";
import { QueryError } from "../errors";
import type { Operation } from "../operation";
import { pageParams, paginate, parseParams, readMembers } from "../params";
import { ENTITY_TYPES } from "./params";
import { policyDocumentShape, policyShape, policyVersionShape, tagShape } from "./shapes";

const PAGE = z.object(pageParams);

/** `Filter.member.N`: a list of EntityType; AWS words a bad member as a constraint on the list. */
function readFilter(params: Record<string, string>): EntityType[] {
  const values = readMembers(params, "Filter", []).map((member) => member.value ?? "");
  if (values.some((value) => !(ENTITY_TYPES as readonly string[]).includes(value))) {
    throw new QueryError(
      "ValidationError",
      `1 validation error detected: Value '[${values.join(", ")}]' at 'filter' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [${ENTITY_TYPES.join(", ")}]]`,
    );
  }
  return values as EntityType[];
}

const inline = (policies: { policyName: string; policyDocument: string }[]) =>
  policies.map((policy) => ({ PolicyName: policy.policyName, PolicyDocument: policyDocumentShape(policy.policyDocument) }));
const attached = (policies: { policyName: string; policyArn: string }[]) => policies.map((policy) => ({ PolicyName: policy.policyName, PolicyArn: policy.policyArn }));

function userDetail({ user }: Extract<AuthorizationDetail, { type: "User" }>) {
  return {
    Path: user.path,
    UserName: user.name,
    UserId: user.id,
    Arn: user.arn,
    CreateDate: user.createDate,
    UserPolicyList: inline(user.inlinePolicies),
    GroupList: user.groupList,
    AttachedManagedPolicies: attached(user.attachedManagedPolicies),
    Tags: user.tags.length ? user.tags.map(tagShape) : undefined,
  };
}

function groupDetail({ group }: Extract<AuthorizationDetail, { type: "Group" }>) {
  return {
    Path: group.path,
    GroupName: group.name,
    GroupId: group.id,
    Arn: group.arn,
    CreateDate: group.createDate,
    GroupPolicyList: inline(group.inlinePolicies),
    AttachedManagedPolicies: attached(group.attachedManagedPolicies),
  };
}

function roleDetail({ role }: Extract<AuthorizationDetail, { type: "Role" }>) {
  return {
    Path: role.path,
    RoleName: role.name,
    RoleId: role.id,
    Arn: role.arn,
    CreateDate: role.createDate,
    AssumeRolePolicyDocument: policyDocumentShape(role.assumeRolePolicyDocument),
    InstanceProfileList: [],
    RolePolicyList: inline(role.inlinePolicies),
    AttachedManagedPolicies: attached(role.attachedManagedPolicies),
    Tags: role.tags.length ? role.tags.map(tagShape) : undefined,
    RoleLastUsed: { LastUsedDate: role.lastUsedDate ?? undefined, Region: role.lastUsedRegion ?? undefined },
  };
}

function policyDetail({ policy }: Extract<AuthorizationDetail, { type: "Policy" }>) {
  return {
    ...policyShape(policy),
    Description: policy.description ?? undefined,
    PolicyVersionList: policy.versions.map((version) => policyVersionShape(version, { document: true })),
  };
}

/** GetAccountAuthorizationDetails: one page over users, groups, roles and policies together. */
export const AUTHORIZATION_DETAILS_OPERATIONS: Record<string, Operation> = {
  async GetAccountAuthorizationDetails({ params, db, actor }) {
    const p = parseParams(PAGE, params);
    const { page, ...more } = paginate(await getAccountAuthorizationDetails(db, { actor, filter: readFilter(params) }), p);
    const of = <T extends AuthorizationDetail["type"]>(type: T) => page.filter((detail): detail is Extract<AuthorizationDetail, { type: T }> => detail.type === type);
    return {
      UserDetailList: of("User").map(userDetail),
      GroupDetailList: of("Group").map(groupDetail),
      RoleDetailList: of("Role").map(roleDetail),
      Policies: of("Policy").map(policyDetail),
      ...more,
    };
  },
};
