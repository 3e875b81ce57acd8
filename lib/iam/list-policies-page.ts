import type { DbOrTx } from "../db/types";
import { listPolicies, type ManagedPolicy } from "./managed-policies";
import type { Principal } from "./principal";

// The console's Policies list: ListPolicies filtered by the console's policy type and a search on the
// name, one page at a time, so a page carries a few dozen of AWS's 1,594 policies, not all of them.

/** The console's policy types: AWS's job-function policies (path /job-function/) are a type of their own. */
export type PolicyType = "customer" | "aws" | "job-function";
export const POLICY_TYPES: readonly PolicyType[] = ["customer", "aws", "job-function"];

export const POLICIES_PER_PAGE = 25;

export function policyTypeOf(policy: Pick<ManagedPolicy, "scope" | "path">): PolicyType {
  if (policy.scope === "Local") return "customer";
  return policy.path === "/job-function/" ? "job-function" : "aws";
}

export type PoliciesPage = { policies: ManagedPolicy[]; total: number; page: number; pageCount: number };

/**
 * One page (from 1; a page past the last gives the last) of the policies of `type` (all when absent)
 * whose name contains `search`, regardless of case: the account's own first, then AWS's, each by name.
 */
export async function listPoliciesPage(
  db: DbOrTx,
  input: { actor: Principal; type?: PolicyType; search?: string; page?: number; perPage?: number },
): Promise<PoliciesPage> {
  const scope = input.type === undefined ? "All" : input.type === "customer" ? "Local" : "AWS";
  const search = input.search?.trim().toLowerCase() ?? "";
  const matching = (await listPolicies(db, { actor: input.actor, scope })).filter(
    (policy) => (input.type === undefined || policyTypeOf(policy) === input.type) && policy.policyName.toLowerCase().includes(search),
  );
  const perPage = input.perPage ?? POLICIES_PER_PAGE;
  const pageCount = Math.max(1, Math.ceil(matching.length / perPage));
  const page = Math.min(Math.max(1, input.page ?? 1), pageCount);
  return { policies: matching.slice((page - 1) * perPage, page * perPage), total: matching.length, page, pageCount };
}
