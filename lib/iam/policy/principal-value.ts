import type { PolicyDocument, PrincipalType } from "./policy-document";

// What the Principal element of a role trust policy may name ("AWS JSON policy elements: Principal";
// AWS re:Post "How can I resolve the IAM trust policy error 'Invalid principal in policy'"): an
// account (its 12-digit id or its root ARN), an IAM user or role by ARN (IAM refuses the policy when
// the user or role does not exist), a role session or federated user by STS ARN, everyone as
// {"AWS": "*"}, a service, an identity provider. A wildcard inside an ARN and an IAM group are not
// principals.

export type AwsPrincipal =
  | { kind: "everyone" }
  | { kind: "account"; accountId: string }
  | { kind: "user" | "role"; accountId: string; arn: string }
  | { kind: "assumed-role" | "federated-user"; accountId: string; arn: string }
  /** An IAM user's or role's unique id: IAM shows a deleted principal this way. */
  | { kind: "unique-id"; id: string };

const ACCOUNT_ID = /^\d{12}$/;
const NAME = "[\\w+=,.@-]+";
// Path characters: printable ASCII (AWS's path pattern) less the wildcards.
const PATH = "/(?:[\\x21-\\x29\\x2b-\\x3e\\x40-\\x7e]*/)?";
const ROOT_ARN = /^arn:aws:iam::(\d{12}):root$/;
const IAM_ENTITY_ARN = new RegExp(`^arn:aws:iam::(\\d{12}):(user|role)${PATH}${NAME}$`);
const STS_ARN = new RegExp(`^arn:aws:sts::(\\d{12}):(?:(assumed-role)/${NAME}/${NAME}|(federated-user)/${NAME})$`);
const UNIQUE_ID = /^(?:AIDA|AROA)[A-Z0-9]{12,}$/;
const SERVICE = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(?:\.cn)?$/;
const IDENTITY_PROVIDER = /^(?:arn:aws:iam::\d{12}:(?:saml|oidc)-provider\/\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)+)$/;

/** An "AWS" principal value as IAM reads it, or null when IAM refuses it as an invalid principal. */
export function readAwsPrincipal(value: string): AwsPrincipal | null {
  if (value === "*") return { kind: "everyone" };
  if (ACCOUNT_ID.test(value)) return { kind: "account", accountId: value };
  const root = ROOT_ARN.exec(value);
  if (root) return { kind: "account", accountId: root[1] };
  const entity = IAM_ENTITY_ARN.exec(value);
  if (entity) return { kind: entity[2] as "user" | "role", accountId: entity[1], arn: value };
  const session = STS_ARN.exec(value);
  if (session) return { kind: (session[2] ?? session[3]) as "assumed-role" | "federated-user", accountId: session[1], arn: value };
  if (UNIQUE_ID.test(value)) return { kind: "unique-id", id: value };
  return null;
}

/** Whether IAM accepts `value` under principal type `type` in a trust policy. */
export function isValidPrincipalValue(type: PrincipalType, value: string): boolean {
  switch (type) {
    case "AWS":
      return readAwsPrincipal(value) !== null;
    case "Service":
      return SERVICE.test(value);
    case "Federated":
      return IDENTITY_PROVIDER.test(value);
    case "CanonicalUser":
      return false;
  }
}

/** How IAM names a principal type in "Invalid principal in policy" (it wrote "SERVICE" for Service). */
const PRINCIPAL_TYPE_IN_MESSAGES: Record<PrincipalType, string> = {
  AWS: "AWS",
  Service: "SERVICE",
  Federated: "FEDERATED",
  CanonicalUser: "CANONICAL_USER",
};

/**
 * MalformedPolicyDocument's message for a principal IAM refuses, as CreateRole and
 * UpdateAssumeRolePolicy word it, for instance `Invalid principal in policy: "AWS":"arn:aws:iam::123456789012:role/Gone"`.
 * The caller uses it too for a user or role that does not exist (see principalsToVerify).
 */
export function invalidPrincipalMessage(type: PrincipalType, value: string): string {
  return `Invalid principal in policy: "${PRINCIPAL_TYPE_IN_MESSAGES[type]}":"${value}"`;
}

/**
 * The IAM users and roles a trust policy names by ARN. IAM checks that each exists when the policy is
 * stored (it keeps the principal's unique id), so CreateRole and UpdateAssumeRolePolicy answer
 * invalidPrincipalMessage("AWS", arn) for the first one that does not.
 */
export function principalsToVerify(policy: PolicyDocument): { kind: "user" | "role"; accountId: string; arn: string }[] {
  const found: { kind: "user" | "role"; accountId: string; arn: string }[] = [];
  for (const statement of policy.statements) {
    const block = statement.principal ?? statement.notPrincipal;
    if (!block || block === "*") continue;
    for (const value of block.AWS ?? []) {
      const principal = readAwsPrincipal(value);
      if (principal?.kind === "user" || principal?.kind === "role") found.push(principal);
    }
  }
  return found;
}
