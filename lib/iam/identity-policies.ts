import type { DbOrTx } from "../db/types";
import { awsManagedPolicy } from "./aws-managed-policies";
import { type CompiledPolicy, compilePolicyText, type PolicySource } from "./policy/compile-policy";
import type { PolicyKind } from "./policy/policy-document";

// A principal's identity-based policies, loaded and compiled for evaluation: an IAM user's inline and
// attached managed policies and those of its groups; a role's for a role session. Compiled documents
// are cached by their text (an AWS managed policy's or a policy version's never changes, and an
// edited one is a new text), so a request compiles nothing once its documents have been seen.
// The set of policies is read again on every request: another instance may have attached or detached
// one a moment ago, and AWS applies such a change within seconds, so no principal's set is kept.

/** Whose identity-based policies: an IAM user's (with its groups') or a role's. */
export type PolicyHolder = { kind: "user"; userId: string } | { kind: "role"; roleId: string };

type PolicyRow = { kind: "inline" | "managed"; name: string; document: string | null };

/**
 * One query for the whole set: the holder's inline policies, its attachments with each customer
 * managed policy's default version (an AWS managed policy's document comes from the data package), and
 * for a user the same of each group it belongs to. Raw SQL because Prisma would issue one query per
 * relation (eleven for a user), and this runs on every request.
 */
function policyRows(db: DbOrTx, holder: PolicyHolder): Promise<PolicyRow[]> {
  if (holder.kind === "role") {
    return db.$queryRaw<PolicyRow[]>`
      SELECT 'inline' AS "kind", i."name" AS "name", i."document" AS "document" FROM "InlinePolicy" i WHERE i."roleId" = ${holder.roleId}
      UNION ALL
      SELECT 'managed', a."policyArn", v."document" FROM "PolicyAttachment" a
        LEFT JOIN "ManagedPolicy" p ON p."id" = a."customerPolicyId"
        LEFT JOIN "PolicyVersion" v ON v."policyId" = p."id" AND v."versionId" = p."defaultVersionId"
        WHERE a."roleId" = ${holder.roleId}`;
  }
  const { userId } = holder;
  return db.$queryRaw<PolicyRow[]>`
    SELECT 'inline' AS "kind", i."name" AS "name", i."document" AS "document" FROM "InlinePolicy" i WHERE i."userId" = ${userId}
    UNION ALL
    SELECT 'managed', a."policyArn", v."document" FROM "PolicyAttachment" a
      LEFT JOIN "ManagedPolicy" p ON p."id" = a."customerPolicyId"
      LEFT JOIN "PolicyVersion" v ON v."policyId" = p."id" AND v."versionId" = p."defaultVersionId"
      WHERE a."userId" = ${userId}
    UNION ALL
    SELECT 'inline', i."name", i."document" FROM "InlinePolicy" i
      JOIN "GroupMembership" m ON m."groupId" = i."groupId" WHERE m."userId" = ${userId}
    UNION ALL
    SELECT 'managed', a."policyArn", v."document" FROM "PolicyAttachment" a
      JOIN "GroupMembership" m ON m."groupId" = a."groupId"
      LEFT JOIN "ManagedPolicy" p ON p."id" = a."customerPolicyId"
      LEFT JOIN "PolicyVersion" v ON v."policyId" = p."id" AND v."versionId" = p."defaultVersionId"
      WHERE m."userId" = ${userId}`;
}

/** Compiled documents by source and text; bounded, the least recently used dropped first. */
const COMPILED_LIMIT = 2000;
const compiled = new Map<string, CompiledPolicy>();

export function compiledPolicy(text: string, kind: PolicyKind, source: PolicySource): CompiledPolicy {
  const key = `${source.type === "managed" ? source.arn : source.type}\n${text}`;
  const hit = compiled.get(key);
  if (hit) {
    compiled.delete(key);
    compiled.set(key, hit);
    return hit;
  }
  const policy = compilePolicyText(text, kind, source);
  compiled.set(key, policy);
  if (compiled.size > COMPILED_LIMIT) compiled.delete(compiled.keys().next().value!);
  return policy;
}

function compileRow(row: PolicyRow): CompiledPolicy | null {
  if (row.kind === "inline") return compiledPolicy(row.document!, "inline", { type: "inline", name: row.name });
  const source: PolicySource = { type: "managed", arn: row.name };
  // A customer managed policy's default version, or else an AWS managed policy by its ARN; an ARN that
  // names neither (an AWS managed policy the data package no longer has) grants nothing.
  const document = row.document ?? awsManagedPolicy(row.name)?.document;
  return document === undefined ? null : compiledPolicy(document, "managed", source);
}

/** The holder's identity-based policies, compiled; one query. */
export async function loadIdentityPolicies(db: DbOrTx, holder: PolicyHolder): Promise<CompiledPolicy[]> {
  const rows = await policyRows(db, holder);
  return rows.map(compileRow).filter((policy) => policy !== null);
}
