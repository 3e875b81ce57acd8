import type { Condition, PolicyDocument, PrincipalType } from "./policy-document";
import { readAwsPrincipal } from "./principal-value";

// What a role's Trust relationships tab and the Roles list show of its trust policy: who may assume the
// role (the Allow statements' principals) and under which conditions.

export type TrustedEntity =
  | { kind: "account"; accountId: string }
  | { kind: "service"; service: string }
  | { kind: "identity-provider"; provider: string }
  | { kind: "principal"; arn: string }
  | { kind: "everyone" };

/** The entities the Allow statements of `policy` trust, each once, in the order they appear. */
export function trustedEntitiesOf(policy: PolicyDocument): TrustedEntity[] {
  const entities = new Map<string, TrustedEntity>();
  const add = (entity: TrustedEntity) => entities.set(JSON.stringify(entity), entity);
  for (const statement of policy.statements) {
    if (statement.effect !== "Allow" || !statement.principal) continue;
    if (statement.principal === "*") {
      add({ kind: "everyone" });
      continue;
    }
    for (const [type, values] of Object.entries(statement.principal) as [PrincipalType, readonly string[]][]) {
      for (const value of values) add(entityOf(type, value));
    }
  }
  return [...entities.values()];
}

function entityOf(type: PrincipalType, value: string): TrustedEntity {
  if (type === "Service") return { kind: "service", service: value.replace(/\.amazonaws\.com(?:\.cn)?$/, "") };
  if (type === "Federated") return { kind: "identity-provider", provider: value };
  const principal = type === "AWS" ? readAwsPrincipal(value) : null;
  if (principal?.kind === "everyone") return { kind: "everyone" };
  if (principal?.kind === "account") return { kind: "account", accountId: principal.accountId };
  return { kind: "principal", arn: value };
}

/** The conditions of the Allow statements of `policy`, each once. */
export function trustConditionsOf(policy: PolicyDocument): Condition[] {
  const conditions = new Map<string, Condition>();
  for (const statement of policy.statements) {
    if (statement.effect !== "Allow") continue;
    for (const condition of statement.conditions) conditions.set(JSON.stringify(condition), condition);
  }
  return [...conditions.values()];
}
