import "server-only";
import { z } from "zod";
import {
  createPolicy,
  createPolicyVersion,
  deletePolicy,
  deletePolicyVersion,
  getPolicy,
  getPolicyVersion,
  listPolicies,
  listPolicyTags,
  listPolicyVersions,
  setDefaultPolicyVersion,
  tagPolicy,
  untagPolicy,
} from "../../iam/managed-policies";
import type { Operation } from "../operation";
import { awsBoolean, awsEnum, pageParams, paginate, parseParams } from "../params";
import { policyArn, policyDescription, policyDocument, policyName, policyPath, policyUsageFilter, policyVersionId, readTagKeys, readTags } from "./params";
import { policyShape, policyVersionShape, tagShape } from "./shapes";

// Each operation's parameters, built once (./params.ts).
const CREATE_POLICY = z.object({ PolicyName: policyName(), Path: policyPath().optional(), PolicyDocument: policyDocument(), Description: policyDescription().optional() });
const POLICY = z.object({ PolicyArn: policyArn() });
const LIST_POLICIES = z.object({
  Scope: awsEnum("scope", ["All", "AWS", "Local"]).optional(),
  OnlyAttached: awsBoolean("onlyAttached").optional(),
  PathPrefix: policyPath("pathPrefix").optional(),
  PolicyUsageFilter: policyUsageFilter().optional(),
  ...pageParams,
});
const CREATE_POLICY_VERSION = z.object({ PolicyArn: policyArn(), PolicyDocument: policyDocument(), SetAsDefault: awsBoolean("setAsDefault").optional() });
const POLICY_VERSION = z.object({ PolicyArn: policyArn(), VersionId: policyVersionId() });
const PAGED_POLICY = z.object({ PolicyArn: policyArn(), ...pageParams });

/** Managed policies: the account's own and AWS's, their versions and tags. */
export const POLICY_OPERATIONS: Record<string, Operation> = {
  async CreatePolicy({ params, db, actor, now, context }) {
    const p = parseParams(CREATE_POLICY, params);
    const tags = readTags(params);
    const policy = await createPolicy(db, { actor, now, context, policyName: p.PolicyName, path: p.Path, policyDocument: p.PolicyDocument, description: p.Description, tags });
    return { Policy: policyShape(policy, { full: true }) };
  },

  async GetPolicy({ params, db, actor }) {
    const p = parseParams(POLICY, params);
    return { Policy: policyShape(await getPolicy(db, { actor, policyArn: p.PolicyArn }), { full: true }) };
  },

  async ListPolicies({ params, db, actor }) {
    const p = parseParams(LIST_POLICIES, params);
    const policies = await listPolicies(db, { actor, scope: p.Scope, onlyAttached: p.OnlyAttached, pathPrefix: p.PathPrefix, policyUsageFilter: p.PolicyUsageFilter });
    const { page, ...more } = paginate(policies, p);
    return { Policies: page.map((policy) => policyShape(policy)), ...more };
  },

  async DeletePolicy({ params, db, actor, now, context }) {
    const p = parseParams(POLICY, params);
    await deletePolicy(db, { actor, now, context, policyArn: p.PolicyArn });
    return null;
  },

  async CreatePolicyVersion({ params, db, actor, now, context }) {
    const p = parseParams(CREATE_POLICY_VERSION, params);
    const version = await createPolicyVersion(db, { actor, now, context, policyArn: p.PolicyArn, policyDocument: p.PolicyDocument, setAsDefault: p.SetAsDefault });
    return { PolicyVersion: policyVersionShape(version) };
  },

  async GetPolicyVersion({ params, db, actor }) {
    const p = parseParams(POLICY_VERSION, params);
    return { PolicyVersion: policyVersionShape(await getPolicyVersion(db, { actor, policyArn: p.PolicyArn, versionId: p.VersionId }), { document: true }) };
  },

  async ListPolicyVersions({ params, db, actor }) {
    const p = parseParams(PAGED_POLICY, params);
    const { page, ...more } = paginate(await listPolicyVersions(db, { actor, policyArn: p.PolicyArn }), p);
    return { Versions: page.map((version) => policyVersionShape(version)), ...more };
  },

  async SetDefaultPolicyVersion({ params, db, actor, now, context }) {
    const p = parseParams(POLICY_VERSION, params);
    await setDefaultPolicyVersion(db, { actor, now, context, policyArn: p.PolicyArn, versionId: p.VersionId });
    return null;
  },

  async DeletePolicyVersion({ params, db, actor, now, context }) {
    const p = parseParams(POLICY_VERSION, params);
    await deletePolicyVersion(db, { actor, now, context, policyArn: p.PolicyArn, versionId: p.VersionId });
    return null;
  },

  async TagPolicy({ params, db, actor, now, context }) {
    const p = parseParams(POLICY, params);
    await tagPolicy(db, { actor, now, context, policyArn: p.PolicyArn, tags: readTags(params, { required: true }) });
    return null;
  },

  async UntagPolicy({ params, db, actor, now, context }) {
    const p = parseParams(POLICY, params);
    await untagPolicy(db, { actor, now, context, policyArn: p.PolicyArn, tagKeys: readTagKeys(params, { required: true }) });
    return null;
  },

  async ListPolicyTags({ params, db, actor }) {
    const p = parseParams(PAGED_POLICY, params);
    const { page, ...more } = paginate(await listPolicyTags(db, { actor, policyArn: p.PolicyArn }), p);
    return { Tags: page.map(tagShape), ...more };
  },
};
