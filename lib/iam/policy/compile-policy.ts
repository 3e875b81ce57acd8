import { type CompiledCondition, compileCondition } from "./condition-operators";
import { parsePolicyDocument } from "./parse-policy-document";
import type { PolicyDocument, PolicyKind, PrincipalBlock, Statement } from "./policy-document";
import type { KeyLookup } from "./policy-variables";
import { readAwsPrincipal } from "./principal-value";
import { principalArn, type RequestPrincipal, roleArn } from "./request-context";
import { compilePatterns, compileWildcards, type PatternMatcher } from "./wildcard";

// A policy compiled once for evaluation: its wildcards and ARN patterns as regular expressions, its
// conditions as functions, its principals as sets. A compiled policy is immutable, so a cache per
// principal (or per stored policy version) can hold it for as long as the document does not change.

/** Where a policy comes from, for the answer to a denial. */
export type PolicySource =
  | { type: "managed"; arn: string }
  | { type: "inline"; name: string }
  | { type: "trust"; roleArn: string };

/** How a trust policy's Principal names the caller: by the caller's own ARN or id, or by its account. */
export type PrincipalMatch = "principal" | "account";

export type CompiledStatement = {
  index: number;
  sid?: string;
  effect: "Allow" | "Deny";
  matchesAction: (action: string) => boolean;
  matchesResource: (resource: string, lookup: KeyLookup) => boolean;
  /** How the statement's Principal or NotPrincipal covers the caller; "principal" for a statement without one. */
  matchesPrincipal: (principal: RequestPrincipal) => PrincipalMatch | null;
  conditions: readonly CompiledCondition[];
};

export type CompiledPolicy = { source: PolicySource; statements: readonly CompiledStatement[] };

function actionMatcher(statement: Statement): (action: string) => boolean {
  const patterns = statement.action ?? statement.notAction ?? [];
  const expression = compileWildcards(patterns, "plain", true);
  const negated = statement.action === undefined;
  return (action) => expression.test(action) !== negated;
}

function resourceMatcher(statement: Statement, variables: boolean): CompiledStatement["matchesResource"] {
  const patterns = statement.resource ?? statement.notResource;
  if (!patterns) return () => true;
  const matches: PatternMatcher = compilePatterns(patterns, { reading: "resourceArn", wildcards: true, ignoreCase: false, variables });
  const negated = statement.resource === undefined;
  return (resource, lookup) => matches(resource, lookup) !== negated;
}

/** The names a trust policy may give the caller: its ARN, its unique id, a role session's role. */
function callerNames(principal: RequestPrincipal): string[] {
  switch (principal.type) {
    case "root":
      return [];
    case "user":
      return [principalArn(principal), principal.userId];
    case "role-session":
      return [principalArn(principal), roleArn(principal.accountId, principal.path, principal.roleName), principal.roleId];
  }
}

function principalMatcher(block: PrincipalBlock): (principal: RequestPrincipal) => PrincipalMatch | null {
  let everyone = block === "*";
  const names = new Set<string>();
  const accounts = new Set<string>();
  for (const value of block === "*" ? [] : (block.AWS ?? [])) {
    const named = readAwsPrincipal(value);
    if (named?.kind === "everyone") everyone = true;
    else if (named?.kind === "account") accounts.add(named.accountId);
    else if (named?.kind === "unique-id") names.add(named.id);
    else if (named) names.add(named.arn);
  }
  return (principal) => {
    if (everyone || callerNames(principal).some((name) => names.has(name))) return "principal";
    return accounts.has(principal.accountId) ? "account" : null;
  };
}

function statementPrincipalMatcher(statement: Statement): CompiledStatement["matchesPrincipal"] {
  if (statement.principal) return principalMatcher(statement.principal);
  if (!statement.notPrincipal) return () => "principal";
  const excluded = principalMatcher(statement.notPrincipal);
  return (principal) => (excluded(principal) === null ? "principal" : null);
}

export function compilePolicy(policy: PolicyDocument, source: PolicySource): CompiledPolicy {
  // "Variables were introduced in version 2012-10-17"; older documents read "${...}" as text.
  const variables = policy.version === "2012-10-17";
  return {
    source,
    statements: policy.statements.map((statement, index) => ({
      index,
      ...(statement.sid !== undefined ? { sid: statement.sid } : {}),
      effect: statement.effect,
      matchesAction: actionMatcher(statement),
      matchesResource: resourceMatcher(statement, variables),
      matchesPrincipal: statementPrincipalMatcher(statement),
      conditions: statement.conditions.map((condition) => compileCondition(condition, variables)),
    })),
  };
}

/**
 * A stored document (it passed parsePolicyDocument when it was stored) compiled for evaluation. A
 * document that no longer parses is a broken invariant, not a request error, so it throws.
 */
export function compilePolicyText(text: string, kind: PolicyKind, source: PolicySource): CompiledPolicy {
  const parsed = parsePolicyDocument(text, kind);
  if (!parsed.ok) throw new Error(`stored policy is not valid: ${parsed.message}`);
  return compilePolicy(parsed.policy, source);
}
