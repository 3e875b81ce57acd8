import type { CompiledPolicy, PrincipalMatch } from "./compile-policy";
import { appliesTo, type DecidingStatement, decidingStatement, type IdentityDecision } from "./evaluate-identity-policies";
import { type AuthorizationRequest, createRequestContext } from "./request-context";

// sts:AssumeRole: a role's trust policy is the resource-based policy of the role ("AWS JSON policy
// elements: Principal"; "Policy evaluation logic", identity-based and resource-based policies in one
// account). A trust statement applies when its Principal (or NotPrincipal) covers the caller, its Action
// covers sts:AssumeRole and its conditions hold. Within one account, a trust policy that names the
// caller (its ARN, its role, "*") allows by itself; one that names only the caller's account delegates
// to the account's identity-based policies, which must then allow sts:AssumeRole on the role. An
// explicit deny in either refuses.

export type TrustDecision =
  | { decision: "Allow"; statement: DecidingStatement; via: PrincipalMatch }
  | { decision: "ExplicitDeny"; statement: DecidingStatement }
  | { decision: "ImplicitDeny" };

/** `request.action` is "sts:AssumeRole" (or another STS action a trust policy governs), `request.resource` the role's ARN. */
export function evaluateTrustPolicy(trust: CompiledPolicy, request: AuthorizationRequest): TrustDecision {
  const context = createRequestContext(request);
  let allowed: TrustDecision | null = null;
  for (const statement of trust.statements) {
    const via = appliesTo(statement, context);
    if (via === null) continue;
    if (statement.effect === "Deny") return { decision: "ExplicitDeny", statement: decidingStatement(trust, statement) };
    // A statement naming the caller outranks one naming only its account.
    if (!allowed || (allowed.decision === "Allow" && allowed.via === "account" && via === "principal")) {
      allowed = { decision: "Allow", statement: decidingStatement(trust, statement), via };
    }
  }
  return allowed ?? { decision: "ImplicitDeny" };
}

/** Why AssumeRole is refused: the identity-based policies' decision, or the trust policy. */
export type AssumeRoleDecision =
  | { decision: "Allow" }
  | Extract<IdentityDecision, { decision: "ExplicitDeny" | "ImplicitDeny" }>
  | { decision: "TrustPolicyDeny" };

/** The two decisions combined, for a caller in the role's account. */
export function decideAssumeRole(trust: TrustDecision, identity: IdentityDecision): AssumeRoleDecision {
  if (identity.decision === "ExplicitDeny") return identity;
  if (trust.decision !== "Allow") return { decision: "TrustPolicyDeny" };
  if (trust.via === "principal" || identity.decision === "Allow") return { decision: "Allow" };
  return identity;
}
