import type { Db, DbOrTx } from "../db/types";
import { IamError } from "./errors";
import { type EventOrigin, recordCallerEvent } from "./events";
import { newId } from "./ids";
import { parsePolicyDocument } from "./policy/parse-policy-document";
import { inlinePolicySizeError } from "./policy/policy-size";
import { authorizePolicyOwnerAccess, findPolicyOwner, ownedBy, POLICY_OWNERS, type PolicyOwner, type PolicyOwnerKind, refuseProtectedRole } from "./policy-owners";
import type { Principal } from "./principal";
import { lockPolicyOwner } from "./row-locks";

// Inline policies (Put/Get/Delete/List{User,Group,Role}Policy): a document stored as sent, owned by one user,
// group or role, named uniquely within it.

export type InlinePolicy = { ownerName: string; policyName: string; policyDocument: string };

type Input = { actor: Principal; kind: PolicyOwnerKind; name: string };

const notFound = (kind: PolicyOwnerKind, policyName: string) => new IamError("NoSuchEntity", `The ${kind} policy with name ${policyName} cannot be found.`);
const actionFor = (verb: string, kind: PolicyOwnerKind, suffix = "Policy") => `${verb}${POLICY_OWNERS[kind].action}${suffix}`;

/** The owner an operation names, once the caller may act on it; a change to a service-linked role's is refused. */
async function ownerFor(db: DbOrTx, input: Input, action: string, read: boolean): Promise<PolicyOwner> {
  await authorizePolicyOwnerAccess(db, input.actor, action, input.kind, input.name);
  const owner = await findPolicyOwner(db, input.actor.accountId, input.kind, input.name);
  if (!read) refuseProtectedRole(owner);
  return owner;
}

/**
 * Put{User,Group,Role}Policy: adds the policy or replaces the one of that name. The document is checked as
 * IAM checks inline policies (MalformedPolicyDocument), then the owner's inline policies together against
 * AWS's size quota (2,048 characters for a user, 5,120 for a group, 10,240 for a role).
 */
export async function putInlinePolicy(db: Db, input: EventOrigin & Input & { policyName: string; policyDocument: string }): Promise<void> {
  const { actor, now, kind } = input;
  const action = actionFor("Put", kind);
  await db.$transaction(async (tx) => {
    const owner = await ownerFor(tx, input, action, false);
    const parsed = parsePolicyDocument(input.policyDocument, "inline");
    if (!parsed.ok) throw new IamError("MalformedPolicyDocument", parsed.message);
    // The size quota counts the owner's other inline policies: concurrent Puts queue on the owner's row.
    await lockPolicyOwner(tx, owner);
    const others = await tx.inlinePolicy.findMany({ where: { ...ownedBy(owner), name: { not: input.policyName } }, select: { document: true } });
    const tooBig = inlinePolicySizeError(kind, owner.name, [...others.map((other) => other.document), input.policyDocument]);
    if (tooBig) throw new IamError(tooBig.code, tooBig.message);
    const existing = await tx.inlinePolicy.findFirst({ where: { ...ownedBy(owner), name: input.policyName }, select: { id: true } });
    if (existing) await tx.inlinePolicy.update({ where: { id: existing.id }, data: { document: input.policyDocument, updatedAt: now } });
    else await tx.inlinePolicy.create({ data: { id: newId(), accountId: actor.accountId, ...ownedBy(owner), name: input.policyName, document: input.policyDocument, createdAt: now, updatedAt: now } });
    await recordCallerEvent(tx, input, action, { [`${kind}Name`]: owner.name, policyName: input.policyName, policyDocument: input.policyDocument });
  });
}

export async function getInlinePolicy(db: DbOrTx, input: Input & { policyName: string }): Promise<InlinePolicy> {
  const owner = await ownerFor(db, input, actionFor("Get", input.kind), true);
  const row = await db.inlinePolicy.findFirst({ where: { ...ownedBy(owner), name: input.policyName } });
  if (!row) throw notFound(input.kind, input.policyName);
  return { ownerName: owner.name, policyName: row.name, policyDocument: row.document };
}

export async function deleteInlinePolicy(db: Db, input: EventOrigin & Input & { policyName: string }): Promise<void> {
  const action = actionFor("Delete", input.kind);
  await db.$transaction(async (tx) => {
    const owner = await ownerFor(tx, input, action, false);
    const { count } = await tx.inlinePolicy.deleteMany({ where: { ...ownedBy(owner), name: input.policyName } });
    if (count === 0) throw notFound(input.kind, input.policyName);
    await recordCallerEvent(tx, input, action, { [`${input.kind}Name`]: owner.name, policyName: input.policyName });
  });
}

/** List{User,Group,Role}Policies: the names, in alphabetical order. */
export async function listInlinePolicies(db: DbOrTx, input: Input): Promise<string[]> {
  const owner = await ownerFor(db, input, actionFor("List", input.kind, "Policies"), true);
  return inlinePoliciesOf(db, owner).then((policies) => policies.map((policy) => policy.policyName));
}

/** An owner's inline policies with their documents, by name. */
export async function inlinePoliciesOf(db: DbOrTx, owner: Pick<PolicyOwner, "kind" | "id">): Promise<{ policyName: string; policyDocument: string }[]> {
  const rows = await db.inlinePolicy.findMany({ where: ownedBy(owner), orderBy: { name: "asc" }, select: { name: true, document: true } });
  return rows.map((row) => ({ policyName: row.name, policyDocument: row.document }));
}
