import type { Condition, PolicyDocument, Statement } from "./policy-document";

// The console's policy summary, in the lab's words: one row per service a statement names, with the
// effect, the actions (or all of them), the resources and the request conditions. AWS's summary also
// rates each service's access level from its action catalogue, which the lab does not have.

export type SummaryRow = {
  /** Which statement of the document, from 0. */
  statement: number;
  /** The service prefix ("iam", "s3"), or "*" when the statement names every service. */
  service: string;
  effect: Statement["effect"];
  /** The actions of that service without their prefix, "*" for all; `notAction`: all but these. */
  actions: string[];
  notAction: boolean;
  /** "*" for all resources; `notResource`: all but these. */
  resources: string[];
  notResource: boolean;
  conditions: Condition[];
};

const serviceOf = (action: string) => (action === "*" ? "*" : action.slice(0, action.indexOf(":")).toLowerCase());
const nameOf = (action: string) => (action === "*" ? "*" : action.slice(action.indexOf(":") + 1));

/** The rows of `policy`'s summary, in the order its statements and their services appear. */
export function summarizePolicy(policy: PolicyDocument): SummaryRow[] {
  return policy.statements.flatMap((statement, index) => {
    const notAction = statement.action === undefined;
    const actions = statement.action ?? statement.notAction ?? [];
    const byService = new Map<string, string[]>();
    for (const action of actions) {
      const service = serviceOf(action);
      byService.set(service, [...(byService.get(service) ?? []), nameOf(action)]);
    }
    const notResource = statement.resource === undefined && statement.notResource !== undefined;
    const resources = [...(statement.resource ?? statement.notResource ?? ["*"])];
    return [...byService].map(([service, names]) => ({
      statement: index,
      service,
      effect: statement.effect,
      actions: names.includes("*") ? ["*"] : names,
      notAction,
      resources,
      notResource,
      conditions: [...statement.conditions],
    }));
  });
}
