import type { DbOrTx } from "../db/types";
import { authorize } from "./authorize";
import { ANY_RESOURCE } from "./iam-actions";
import { awsManagedPolicy } from "./aws-managed-policies";
import { attachmentCounts, awsPolicyOf, localPolicyOf, type ManagedPolicy, type PolicyVersion, policyVersionsOf } from "./managed-policies";
import type { Principal } from "./principal";
import type { Tag } from "./tags";

// GetAccountAuthorizationDetails: every user, group and role with its policies, and every managed policy in
// use, in one answer an audit script pages through.

export type EntityType = "User" | "Role" | "Group" | "LocalManagedPolicy" | "AWSManagedPolicy";

type InlineDetail = { policyName: string; policyDocument: string };
type Attached = { policyName: string; policyArn: string };
type Entity = { path: string; name: string; id: string; arn: string; createDate: Date; inlinePolicies: InlineDetail[]; attachedManagedPolicies: Attached[] };

export type AuthorizationDetail =
  | { type: "User"; user: Entity & { groupList: string[]; tags: Tag[] } }
  | { type: "Group"; group: Entity }
  | { type: "Role"; role: Entity & { assumeRolePolicyDocument: string; tags: Tag[]; lastUsedDate: Date | null; lastUsedRegion: string | null } }
  | { type: "Policy"; policy: ManagedPolicy & { versions: PolicyVersion[] } };

type AttachmentRow = { policyArn: string; attachedAt: Date; customerPolicy: { name: string } | null };

const attachedOf = (rows: AttachmentRow[]): Attached[] =>
  [...rows]
    .sort((a, b) => a.attachedAt.getTime() - b.attachedAt.getTime())
    .flatMap((row) => {
      const name = row.customerPolicy?.name ?? awsManagedPolicy(row.policyArn)?.name;
      return name ? [{ policyName: name, policyArn: row.policyArn }] : [];
    });

const inlineOf = (rows: { name: string; document: string }[]): InlineDetail[] =>
  [...rows].sort((a, b) => (a.name < b.name ? -1 : 1)).map((row) => ({ policyName: row.name, policyDocument: row.document }));

const holdings = {
  inlinePolicies: { select: { name: true, document: true } },
  policyAttachments: { select: { policyArn: true, attachedAt: true, customerPolicy: { select: { name: true } } } },
} as const;

/**
 * The details `filter` asks for (all kinds when empty), users, groups, roles and policies in that order,
 * each kind by name. Policies: the account's own, and AWS's attached to something in the account (as AWS
 * answers), each with all its versions.
 */
export async function getAccountAuthorizationDetails(db: DbOrTx, input: { actor: Principal; filter?: EntityType[] }): Promise<AuthorizationDetail[]> {
  await authorize(db, input.actor, "iam:GetAccountAuthorizationDetails", ANY_RESOURCE);
  const accountId = input.actor.accountId;
  const wants = (type: EntityType) => !input.filter?.length || input.filter.includes(type);
  const details: AuthorizationDetail[] = [];

  if (wants("User")) {
    const users = await db.user.findMany({
      where: { accountId },
      orderBy: { nameKey: "asc" },
      include: { ...holdings, tags: { orderBy: { keyKey: "asc" }, select: { key: true, value: true } }, groupMemberships: { orderBy: { addedAt: "asc" }, select: { group: { select: { name: true } } } } },
    });
    for (const user of users) {
      details.push({
        type: "User",
        user: {
          path: user.path,
          name: user.name,
          id: user.id,
          arn: user.arn,
          createDate: user.createdAt,
          inlinePolicies: inlineOf(user.inlinePolicies),
          attachedManagedPolicies: attachedOf(user.policyAttachments),
          groupList: user.groupMemberships.map((membership) => membership.group.name),
          tags: user.tags,
        },
      });
    }
  }
  if (wants("Group")) {
    const groups = await db.group.findMany({ where: { accountId }, orderBy: { nameKey: "asc" }, include: holdings });
    for (const group of groups) {
      details.push({
        type: "Group",
        group: { path: group.path, name: group.name, id: group.id, arn: group.arn, createDate: group.createdAt, inlinePolicies: inlineOf(group.inlinePolicies), attachedManagedPolicies: attachedOf(group.policyAttachments) },
      });
    }
  }
  if (wants("Role")) {
    const roles = await db.role.findMany({ where: { accountId }, orderBy: { nameKey: "asc" }, include: { ...holdings, tags: { orderBy: { keyKey: "asc" }, select: { key: true, value: true } } } });
    for (const role of roles) {
      details.push({
        type: "Role",
        role: {
          path: role.path,
          name: role.name,
          id: role.id,
          arn: role.arn,
          createDate: role.createdAt,
          inlinePolicies: inlineOf(role.inlinePolicies),
          attachedManagedPolicies: attachedOf(role.policyAttachments),
          assumeRolePolicyDocument: role.assumeRolePolicyDocument,
          tags: role.tags,
          lastUsedDate: role.lastUsedAt,
          lastUsedRegion: role.lastUsedRegion,
        },
      });
    }
  }
  if (wants("LocalManagedPolicy") || wants("AWSManagedPolicy")) {
    const counts = await attachmentCounts(db, accountId);
    if (wants("LocalManagedPolicy")) {
      const rows = await db.managedPolicy.findMany({ where: { accountId }, orderBy: { nameKey: "asc" } });
      for (const row of rows) {
        details.push({ type: "Policy", policy: { ...localPolicyOf(row, counts.get(row.arn) ?? 0), versions: await policyVersionsOf(db, { scope: "Local", arn: row.arn, row }) } });
      }
    }
    if (wants("AWSManagedPolicy")) {
      const attached = [...counts.keys()].flatMap((arn) => awsManagedPolicy(arn) ?? []).sort((a, b) => (a.name < b.name ? -1 : 1));
      for (const aws of attached) {
        details.push({ type: "Policy", policy: { ...awsPolicyOf(aws, counts.get(aws.arn) ?? 0), versions: await policyVersionsOf(db, { scope: "AWS", arn: aws.arn, aws }) } });
      }
    }
  }
  return details;
}
