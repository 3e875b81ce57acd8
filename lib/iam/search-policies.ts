import type { DbOrTx } from "../db/types";
import { listPolicies, type ManagedPolicy } from "./managed-policies";
import type { Principal } from "./principal";

/** How many policies the console's attach list shows at once. */
export const POLICY_PAGE_SIZE = 20;

export type PolicySearch = { query: string; type: "all" | "aws" | "customer"; page: number };
export type PolicyPage = { policies: ManagedPolicy[]; total: number; page: number; pageSize: number };

/**
 * The console's "Attach existing policies directly" list: ListPolicies (so the caller needs
 * iam:ListPolicies), the attachable ones only, those whose name contains `query` regardless of case,
 * of one type or both, one page at a time. The account has over 1,500 AWS managed policies: the browser
 * gets a page, never the list.
 */
export async function searchPolicies(db: DbOrTx, input: PolicySearch & { actor: Principal }): Promise<PolicyPage> {
  const scope = input.type === "aws" ? "AWS" : input.type === "customer" ? "Local" : "All";
  const needle = input.query.trim().toLowerCase();
  const matching = (await listPolicies(db, { actor: input.actor, scope })).filter((policy) => policy.isAttachable && policy.policyName.toLowerCase().includes(needle));
  const lastPage = Math.max(0, Math.ceil(matching.length / POLICY_PAGE_SIZE) - 1);
  const page = Math.min(input.page, lastPage);
  return { policies: matching.slice(page * POLICY_PAGE_SIZE, (page + 1) * POLICY_PAGE_SIZE), total: matching.length, page, pageSize: POLICY_PAGE_SIZE };
}
