import type { CompiledPolicy, CompiledStatement, PolicySource, PrincipalMatch } from "./compile-policy";
import { type AuthorizationRequest, createRequestContext, type RequestContext } from "./request-context";

// AWS's evaluation logic for identity-based policies in one account ("Policy evaluation logic", IAM
// User Guide): a Deny statement that applies decides at once (explicit deny); otherwise an Allow
// statement that applies allows; otherwise the request is implicitly denied. The root user is not
// governed by identity-based policies ("the root user has full access to all resources"; only
// organisation policies, which the lab has none of, restrict it). A statement applies when its Action
// or NotAction covers the action, its Resource or NotResource covers the resource, and every condition
// holds.

/** The statement that decided, for the answer: its policy (a managed policy's ARN appears in AWS's message). */
export type DecidingStatement = { source: PolicySource; index: number; sid?: string };

export type IdentityDecision =
  | { decision: "Allow"; statement: DecidingStatement }
  | { decision: "Allow"; root: true }
  | { decision: "ExplicitDeny"; statement: DecidingStatement }
  | { decision: "ImplicitDeny" };

/** A statement that applies to the request, with how its Principal names the caller. */
export function appliesTo(statement: CompiledStatement, context: RequestContext): PrincipalMatch | null {
  const { request, lookup } = context;
  if (!statement.matchesAction(request.action) || !statement.matchesResource(request.resource, lookup)) return null;
  const principalMatch = statement.matchesPrincipal(request.principal);
  if (principalMatch === null) return null;
  return statement.conditions.every((holds) => holds(lookup)) ? principalMatch : null;
}

export const decidingStatement = (policy: CompiledPolicy, statement: CompiledStatement): DecidingStatement => ({
  source: policy.source,
  index: statement.index,
  ...(statement.sid !== undefined ? { sid: statement.sid } : {}),
});

/**
 * The decision on `request` under the principal's identity-based policies: for an IAM user its inline
 * and attached policies and those of its groups, for a role session the role's. The order of
 * `policies` only decides which statement is named when several would.
 */
export function evaluateIdentityPolicies(policies: readonly CompiledPolicy[], request: AuthorizationRequest): IdentityDecision {
  if (request.principal.type === "root") return { decision: "Allow", root: true };
  const context = createRequestContext(request);
  let allowedBy: DecidingStatement | null = null;
  for (const policy of policies) {
    for (const statement of policy.statements) {
      if (statement.effect === "Allow" && allowedBy) continue;
      if (appliesTo(statement, context) === null) continue;
      if (statement.effect === "Deny") return { decision: "ExplicitDeny", statement: decidingStatement(policy, statement) };
      allowedBy = decidingStatement(policy, statement);
    }
  }
  return allowedBy ? { decision: "Allow", statement: allowedBy } : { decision: "ImplicitDeny" };
}
