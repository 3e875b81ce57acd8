import type { Db, DbOrTx } from "../db/types";
import { isUniqueViolation } from "../db/types";
import { policyArn } from "./arn";
import { authorize } from "./authorize";
import { arnResource, policiesResource } from "./iam-actions";
import { AWS_MANAGED_POLICY_ARN_PREFIX, type AwsManagedPolicy, awsManagedPolicies, awsManagedPolicy, awsManagedPolicyPath } from "./aws-managed-policies";
import { IamError, isIamError } from "./errors";
import { type EventOrigin, recordCallerEvent } from "./events";
import { awsManagedPolicyId, newPolicyId } from "./ids";
import { parsePolicyDocument } from "./policy/parse-policy-document";
import { managedPolicySizeError } from "./policy/policy-size";
import type { Principal } from "./principal";
import { checkDistinctKeys, type Tag, tagKeyOf, writeTags } from "./tags";

// Managed policies: the account's own (customer managed, rows of ManagedPolicy with their versions) and
// AWS's (lib/iam/aws-managed-policies.ts, one version each, the same in every account, never changed by
// a caller). Both are named by ARN; an attachment (policy-attachments.ts) refers to either by its ARN.

/** AWS's quota of versions one managed policy keeps. */
export const VERSIONS_PER_POLICY = 5;

export type ManagedPolicy = {
  policyName: string;
  policyId: string;
  arn: string;
  path: string;
  defaultVersionId: string;
  /** Users, groups and roles of the caller's account it is attached to. */
  attachmentCount: number;
  /** AWS's service-role policies (path /aws-service-role/) are attached by AWS to service-linked roles only. */
  isAttachable: boolean;
  description: string | null;
  createDate: Date;
  updateDate: Date;
  tags: Tag[];
  scope: "AWS" | "Local";
};

export type PolicyVersion = { versionId: string; document: string; isDefaultVersion: boolean; createDate: Date };

const SERVICE_ROLE_PATH = "/aws-service-role/";

/** Customer managed policy ARNs and AWS's: arn:aws:iam::<account or "aws">:policy/<path…>name. */
const POLICY_ARN = /^arn:aws:iam::(\d{12}|aws):policy\/(?:[^/]+\/)*[^/]+$/;
/** Any ARN: six colon-separated parts, the last non-empty. */
const ANY_ARN = /^arn:[^:]*:[^:]*:[^:]*:[^:]*:.+$/s;

export const policyNotFound = (arn: string) => new IamError("NoSuchEntity", `Policy ${arn} was not found.`);
const versionNotFound = (arn: string, versionId: string) => new IamError("NoSuchEntity", `Policy ${arn} version ${versionId} does not exist or is not attachable.`);
const invalidArn = (arn: string) => new IamError("InvalidInput", `ARN ${arn} is not valid.`);

/** A policy named by ARN: AWS's, or a row of the caller's account. */
export type PolicyRef = { scope: "AWS"; arn: string; aws: AwsManagedPolicy } | { scope: "Local"; arn: string; row: PolicyRow };
type PolicyRow = NonNullable<Awaited<ReturnType<DbOrTx["managedPolicy"]["findUnique"]>>>;

/**
 * The policy `arn` names, or AWS's InvalidInput for text that is no ARN and NoSuchEntity (`notFound`,
 * "was not found" unless the operation words it otherwise) for a policy the account cannot see.
 */
export async function findPolicy(db: DbOrTx, accountId: string, arn: string, notFound = policyNotFound): Promise<PolicyRef> {
  if (!ANY_ARN.test(arn)) throw invalidArn(arn);
  if (arn.startsWith(AWS_MANAGED_POLICY_ARN_PREFIX)) {
    const aws = awsManagedPolicy(arn);
    if (!aws) throw notFound(arn);
    return { scope: "AWS", arn, aws };
  }
  const row = POLICY_ARN.test(arn) ? await db.managedPolicy.findUnique({ where: { arn } }) : null;
  if (!row || row.accountId !== accountId) throw notFound(arn);
  return { scope: "Local", arn, row };
}

/** The caller's own policy `arn` for a change; AWS's managed policies belong to AWS and refuse every change. */
async function findOwnPolicy(db: DbOrTx, actor: Principal, arn: string, action: string): Promise<PolicyRow> {
  const policy = await findPolicy(db, actor.accountId, arn);
  if (policy.scope === "AWS") {
    throw new IamError("AccessDenied", `User: ${actor.arn} is not authorized to perform: iam:${action} on resource: policy ${arn}`);
  }
  return policy.row;
}

/** How many of the account's users, groups and roles each policy is attached to, by ARN. */
export async function attachmentCounts(db: DbOrTx, accountId: string, arn?: string): Promise<Map<string, number>> {
  const groups = await db.policyAttachment.groupBy({ by: ["policyArn"], where: { accountId, ...(arn ? { policyArn: arn } : {}) }, _count: { _all: true } });
  return new Map(groups.map((group) => [group.policyArn, group._count._all]));
}

/** AWS's policies' derived ids, computed once per process: ListPolicies lists about 1,400 of them. */
const awsPolicyIds = new Map<string, string>();

export function awsPolicyOf(aws: AwsManagedPolicy, attachmentCount: number): ManagedPolicy {
  const path = awsManagedPolicyPath(aws.arn);
  let policyId = awsPolicyIds.get(aws.arn);
  if (!policyId) awsPolicyIds.set(aws.arn, (policyId = awsManagedPolicyId(aws.arn)));
  return {
    policyName: aws.name,
    policyId,
    arn: aws.arn,
    path,
    defaultVersionId: aws.defaultVersionId,
    attachmentCount,
    isAttachable: path !== SERVICE_ROLE_PATH,
    description: null,
    createDate: new Date(aws.createDate),
    updateDate: new Date(aws.updateDate),
    tags: [],
    scope: "AWS",
  };
}

export function localPolicyOf(row: PolicyRow, attachmentCount: number, tags: Tag[] = []): ManagedPolicy {
  return {
    policyName: row.name,
    policyId: row.id,
    arn: row.arn,
    path: row.path,
    defaultVersionId: row.defaultVersionId,
    attachmentCount,
    isAttachable: true,
    description: row.description,
    createDate: row.createdAt,
    updateDate: row.updatedAt,
    tags,
    scope: "Local",
  };
}

/** MalformedPolicyDocument with AWS's message, or LimitExceeded past 6,144 characters (white space not counted). */
export function checkManagedPolicyDocument(document: string): void {
  const parsed = parsePolicyDocument(document, "managed");
  if (!parsed.ok) throw new IamError("MalformedPolicyDocument", parsed.message);
  const tooBig = managedPolicySizeError(document);
  if (tooBig) throw new IamError(tooBig.code, tooBig.message);
}

function writePolicyTags(tx: DbOrTx, policyId: string, tags: Tag[]): Promise<void> {
  return writeTags(
    {
      upsert: ({ keyKey, key, value }) =>
        tx.managedPolicyTag.upsert({ where: { policyId_keyKey: { policyId, keyKey } }, create: { policyId, keyKey, key, value }, update: { key, value } }),
      count: () => tx.managedPolicyTag.count({ where: { policyId } }),
    },
    tags,
  );
}

const policyTags = (db: DbOrTx, policyId: string) => db.managedPolicyTag.findMany({ where: { policyId }, orderBy: { keyKey: "asc" }, select: { key: true, value: true } });

/** CreatePolicy: version v1, the default; names unique in the account regardless of case and path. */
export async function createPolicy(
  db: Db,
  input: EventOrigin & { policyName: string; path?: string; policyDocument: string; description?: string; tags?: Tag[] },
): Promise<ManagedPolicy> {
  const { actor, now } = input;
  const path = input.path ?? "/";
  await authorize(db, actor, "iam:CreatePolicy", arnResource(policyArn(actor.accountId, path, input.policyName)));
  checkManagedPolicyDocument(input.policyDocument);
  const tags = input.tags ?? [];
  checkDistinctKeys(tags);
  const exists = () => new IamError("EntityAlreadyExists", `A policy called ${input.policyName} already exists. Duplicate names are not allowed.`);
  const row = {
    id: newPolicyId(),
    accountId: actor.accountId,
    name: input.policyName,
    nameKey: input.policyName.toLowerCase(),
    path,
    arn: policyArn(actor.accountId, path, input.policyName),
    description: input.description || null,
    defaultVersionId: "v1",
    nextVersion: 2,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await db.$transaction(async (tx) => {
      if (await tx.managedPolicy.findUnique({ where: { accountId_nameKey: { accountId: actor.accountId, nameKey: row.nameKey } }, select: { id: true } })) throw exists();
      await tx.managedPolicy.create({ data: row });
      await tx.policyVersion.create({ data: { policyId: row.id, versionId: "v1", document: input.policyDocument, createdAt: now } });
      await writePolicyTags(tx, row.id, tags);
      await recordCallerEvent(
        tx,
        input,
        "CreatePolicy",
        { policyName: row.name, policyDocument: input.policyDocument, ...(input.path !== undefined ? { path } : {}), ...(row.description ? { description: row.description } : {}), ...(tags.length ? { tags } : {}) },
        { responseElements: { policy: { policyName: row.name, policyId: row.id, arn: row.arn, path, defaultVersionId: "v1" } } },
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw exists();
    throw error;
  }
  return localPolicyOf(row, 0, tags);
}

/** GetPolicy: AttachmentCount in the caller's account; tags of the account's own. */
export async function getPolicy(db: DbOrTx, input: { actor: Principal; policyArn: string }): Promise<ManagedPolicy> {
  await authorize(db, input.actor, "iam:GetPolicy", arnResource(input.policyArn));
  const policy = await findPolicy(db, input.actor.accountId, input.policyArn);
  const count = (await attachmentCounts(db, input.actor.accountId, policy.arn)).get(policy.arn) ?? 0;
  return policy.scope === "AWS" ? awsPolicyOf(policy.aws, count) : localPolicyOf(policy.row, count, await policyTags(db, policy.row.id));
}

export type ListPoliciesInput = {
  actor: Principal;
  scope?: "All" | "AWS" | "Local";
  onlyAttached?: boolean;
  pathPrefix?: string;
  policyUsageFilter?: "PermissionsPolicy" | "PermissionsBoundary";
};

/**
 * ListPolicies: the account's own by name, then AWS's by name. The lab has no permissions boundaries, so
 * PolicyUsageFilter=PermissionsBoundary lists nothing and PermissionsPolicy every policy.
 */
export async function listPolicies(db: DbOrTx, input: ListPoliciesInput): Promise<ManagedPolicy[]> {
  await authorize(db, input.actor, "iam:ListPolicies", policiesResource(input.actor.accountId, input.pathPrefix));
  if (input.policyUsageFilter === "PermissionsBoundary") return [];
  const scope = input.scope ?? "All";
  const counts = await attachmentCounts(db, input.actor.accountId);
  const local = scope === "AWS" ? [] : (await db.managedPolicy.findMany({ where: { accountId: input.actor.accountId }, orderBy: { nameKey: "asc" } })).map((row) => localPolicyOf(row, counts.get(row.arn) ?? 0));
  const aws = scope === "Local" ? [] : awsManagedPolicies().filter((policy) => !input.onlyAttached || counts.has(policy.arn)).map((policy) => awsPolicyOf(policy, counts.get(policy.arn) ?? 0));
  return [...local, ...aws].filter((policy) => (!input.onlyAttached || policy.attachmentCount > 0) && policy.path.startsWith(input.pathPrefix ?? "/"));
}

/**
 * DeletePolicy: refused while attached, or while it keeps versions other than the default (the default goes
 * with the policy), with AWS's DeleteConflict messages; a refused call is recorded with its error.
 */
export async function deletePolicy(db: Db, input: EventOrigin & { policyArn: string }): Promise<void> {
  const { actor } = input;
  try {
    await authorize(db, actor, "iam:DeletePolicy", arnResource(input.policyArn));
    await db.$transaction(async (tx) => {
      const row = await findOwnPolicy(tx, actor, input.policyArn, "DeletePolicy");
      if ((await tx.policyAttachment.count({ where: { customerPolicyId: row.id } })) > 0) throw new IamError("DeleteConflict", "Cannot delete a policy attached to entities.");
      if ((await tx.policyVersion.count({ where: { policyId: row.id } })) > 1) {
        throw new IamError(
          "DeleteConflict",
          "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
        );
      }
      await tx.managedPolicy.delete({ where: { id: row.id } });
      await recordCallerEvent(tx, input, "DeletePolicy", { policyArn: row.arn });
    });
  } catch (error) {
    if (isIamError(error)) await recordCallerEvent(db, input, "DeletePolicy", { policyArn: input.policyArn }, { error });
    throw error;
  }
}

/**
 * CreatePolicyVersion: at most five versions; ids are never reused; SetAsDefault makes it the enforced one.
 * Taking the version number first locks the policy's row, so concurrent calls queue and the fifth-version
 * check sees every version committed before it.
 */
export async function createPolicyVersion(db: Db, input: EventOrigin & { policyArn: string; policyDocument: string; setAsDefault?: boolean }): Promise<PolicyVersion> {
  const { actor, now } = input;
  await authorize(db, actor, "iam:CreatePolicyVersion", arnResource(input.policyArn));
  return db.$transaction(async (tx) => {
    const row = await findOwnPolicy(tx, actor, input.policyArn, "CreatePolicyVersion");
    checkManagedPolicyDocument(input.policyDocument);
    const { nextVersion } = await tx.managedPolicy.update({ where: { id: row.id }, data: { nextVersion: { increment: 1 } }, select: { nextVersion: true } });
    if ((await tx.policyVersion.count({ where: { policyId: row.id } })) >= VERSIONS_PER_POLICY) {
      throw new IamError("LimitExceeded", "A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.");
    }
    const versionId = `v${nextVersion - 1}`;
    await tx.policyVersion.create({ data: { policyId: row.id, versionId, document: input.policyDocument, createdAt: now } });
    if (input.setAsDefault) await tx.managedPolicy.update({ where: { id: row.id }, data: { defaultVersionId: versionId, updatedAt: now } });
    await recordCallerEvent(
      tx,
      input,
      "CreatePolicyVersion",
      { policyArn: row.arn, policyDocument: input.policyDocument, setAsDefault: input.setAsDefault ?? false },
      { responseElements: { policyVersion: { versionId, isDefaultVersion: input.setAsDefault ?? false, createDate: now.toISOString() } } },
    );
    return { versionId, document: input.policyDocument, isDefaultVersion: input.setAsDefault ?? false, createDate: now };
  });
}

/** Every version of a policy, newest first, as ListPolicyVersions lists them; AWS's have their default only. */
export async function policyVersionsOf(db: DbOrTx, policy: PolicyRef): Promise<PolicyVersion[]> {
  if (policy.scope === "AWS") {
    return [{ versionId: policy.aws.defaultVersionId, document: policy.aws.document, isDefaultVersion: true, createDate: new Date(policy.aws.updateDate) }];
  }
  const rows = await db.policyVersion.findMany({ where: { policyId: policy.row.id } });
  return rows
    .map((version) => ({ versionId: version.versionId, document: version.document, isDefaultVersion: version.versionId === policy.row.defaultVersionId, createDate: version.createdAt }))
    .sort((a, b) => Number(b.versionId.slice(1)) - Number(a.versionId.slice(1)));
}

export async function getPolicyVersion(db: DbOrTx, input: { actor: Principal; policyArn: string; versionId: string }): Promise<PolicyVersion> {
  await authorize(db, input.actor, "iam:GetPolicyVersion", arnResource(input.policyArn));
  const policy = await findPolicy(db, input.actor.accountId, input.policyArn);
  const version = (await policyVersionsOf(db, policy)).find((v) => v.versionId === input.versionId);
  if (!version) throw versionNotFound(input.policyArn, input.versionId);
  return version;
}

export async function listPolicyVersions(db: DbOrTx, input: { actor: Principal; policyArn: string }): Promise<PolicyVersion[]> {
  await authorize(db, input.actor, "iam:ListPolicyVersions", arnResource(input.policyArn));
  return policyVersionsOf(db, await findPolicy(db, input.actor.accountId, input.policyArn));
}

export async function setDefaultPolicyVersion(db: Db, input: EventOrigin & { policyArn: string; versionId: string }): Promise<void> {
  const { actor, now } = input;
  await authorize(db, actor, "iam:SetDefaultPolicyVersion", arnResource(input.policyArn));
  await db.$transaction(async (tx) => {
    const row = await findOwnPolicy(tx, actor, input.policyArn, "SetDefaultPolicyVersion");
    if (!(await tx.policyVersion.findUnique({ where: { policyId_versionId: { policyId: row.id, versionId: input.versionId } }, select: { versionId: true } }))) {
      throw versionNotFound(input.policyArn, input.versionId);
    }
    await tx.managedPolicy.update({ where: { id: row.id }, data: { defaultVersionId: input.versionId, updatedAt: now } });
    await recordCallerEvent(tx, input, "SetDefaultPolicyVersion", { policyArn: row.arn, versionId: input.versionId });
  });
}

/** DeletePolicyVersion: never the default one (DeletePolicy deletes it with the policy). */
export async function deletePolicyVersion(db: Db, input: EventOrigin & { policyArn: string; versionId: string }): Promise<void> {
  const { actor } = input;
  await authorize(db, actor, "iam:DeletePolicyVersion", arnResource(input.policyArn));
  await db.$transaction(async (tx) => {
    const row = await findOwnPolicy(tx, actor, input.policyArn, "DeletePolicyVersion");
    if (input.versionId === row.defaultVersionId) throw new IamError("DeleteConflict", "Cannot delete the default version of a policy.");
    const { count } = await tx.policyVersion.deleteMany({ where: { policyId: row.id, versionId: input.versionId } });
    if (count === 0) throw versionNotFound(input.policyArn, input.versionId);
    await recordCallerEvent(tx, input, "DeletePolicyVersion", { policyArn: row.arn, versionId: input.versionId });
  });
}

/** TagPolicy: at most 50 tags on a policy, keys unique regardless of case; a request past that changes nothing. */
export async function tagPolicy(db: Db, input: EventOrigin & { policyArn: string; tags: Tag[] }): Promise<void> {
  await authorize(db, input.actor, "iam:TagPolicy", arnResource(input.policyArn));
  checkDistinctKeys(input.tags);
  await db.$transaction(async (tx) => {
    const row = await findOwnPolicy(tx, input.actor, input.policyArn, "TagPolicy");
    await writePolicyTags(tx, row.id, input.tags);
    await recordCallerEvent(tx, input, "TagPolicy", { policyArn: row.arn, tags: input.tags });
  });
}

/** UntagPolicy: keys the policy does not have are ignored. */
export async function untagPolicy(db: Db, input: EventOrigin & { policyArn: string; tagKeys: string[] }): Promise<void> {
  await authorize(db, input.actor, "iam:UntagPolicy", arnResource(input.policyArn));
  await db.$transaction(async (tx) => {
    const row = await findOwnPolicy(tx, input.actor, input.policyArn, "UntagPolicy");
    await tx.managedPolicyTag.deleteMany({ where: { policyId: row.id, keyKey: { in: input.tagKeys.map(tagKeyOf) } } });
    await recordCallerEvent(tx, input, "UntagPolicy", { policyArn: row.arn, tagKeys: input.tagKeys });
  });
}

/** ListPolicyTags: AWS's managed policies have none. */
export async function listPolicyTags(db: DbOrTx, input: { actor: Principal; policyArn: string }): Promise<Tag[]> {
  await authorize(db, input.actor, "iam:ListPolicyTags", arnResource(input.policyArn));
  const policy = await findPolicy(db, input.actor.accountId, input.policyArn);
  return policy.scope === "AWS" ? [] : policyTags(db, policy.row.id);
}
