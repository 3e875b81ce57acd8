import { rootArn, userArn } from "../arn";
import type { KeyLookup } from "./policy-variables";

// The request as the evaluation sees it: who asks (the principal), for what (action and resource),
// when (the caller's clock) and the request context keys ("AWS global condition context keys"). The
// global keys are derived here from those facts, once per request and only if a policy asks for one.

/** The identity making the request, as the caller authenticated it. */
export type RequestPrincipal =
  | { type: "root"; accountId: string }
  | { type: "user"; accountId: string; userName: string; userId: string; path: string }
  | { type: "role-session"; accountId: string; roleName: string; roleId: string; path: string; sessionName: string };

/**
 * Temporary credentials (an STS session, a console sign-in). Long-term access keys have none, and then
 * the request carries neither aws:MultiFactorAuthPresent nor aws:TokenIssueTime, as at AWS.
 */
export type SessionFacts = { issuedAt: Date; mfaAuthenticatedAt: Date | null };

export type ContextValue = string | number | boolean | readonly string[];

export type AuthorizationRequest = {
  principal: RequestPrincipal;
  /** "service:Action", for instance "iam:ListUsers". */
  action: string;
  /** The resource's ARN, or "*" for an action that names no resource. */
  resource: string;
  now: Date;
  session?: SessionFacts;
  sourceIp?: string;
  secureTransport?: boolean;
  requestedRegion?: string;
  /**
   * Other keys the request carries (service keys such as "sts:ExternalId", "iam:PolicyARN", tag keys).
   * They cannot replace a global key derived from the facts above.
   */
  contextKeys?: Readonly<Record<string, ContextValue>>;
};

export function roleArn(accountId: string, path: string, roleName: string): string {
  return `arn:aws:iam::${accountId}:role${path}${roleName}`;
}

/** The ARN AWS names the caller by in its answers ("User: ... is not authorized"), a role session's STS ARN. */
export function principalArn(principal: RequestPrincipal): string {
  switch (principal.type) {
    case "root":
      return rootArn(principal.accountId);
    case "user":
      return userArn(principal.accountId, principal.path, principal.userName);
    case "role-session":
      return `arn:aws:sts::${principal.accountId}:assumed-role/${principal.roleName}/${principal.sessionName}`;
  }
}

/** ISO 8601 to the second, as AWS writes aws:CurrentTime and aws:TokenIssueTime. */
const isoSeconds = (at: Date) => at.toISOString().replace(/\.\d{3}Z$/, "Z");

type KeyValue = string | undefined;

/**
 * The global keys of "AWS global condition context keys" that the facts decide, by lower-case name (key
 * names are case-insensitive). aws:username exists for IAM users only; aws:userid is the user's id, the
 * role's id and session name, or the account id for the root user; aws:PrincipalArn names a role
 * session by its role's ARN; aws:MultiFactorAuthPresent and aws:TokenIssueTime exist for temporary
 * credentials only, aws:MultiFactorAuthAge only when MFA was used. aws:ViaAWSService is always present
 * and false: no service of the lab calls on a principal's behalf. Each is computed when a policy first
 * asks for it: most requests need two or three.
 */
const GLOBAL_KEYS: Partial<Record<string, (request: AuthorizationRequest) => KeyValue>> = {
  "aws:currenttime": ({ now }) => isoSeconds(now),
  "aws:epochtime": ({ now }) => String(Math.floor(now.getTime() / 1000)),
  "aws:principalaccount": ({ principal }) => principal.accountId,
  "aws:principalarn": ({ principal }) =>
    principal.type === "role-session" ? roleArn(principal.accountId, principal.path, principal.roleName) : principalArn(principal),
  "aws:principaltype": ({ principal }) => ({ root: "Account", user: "User", "role-session": "AssumedRole" })[principal.type],
  "aws:userid": ({ principal }) =>
    principal.type === "root" ? principal.accountId : principal.type === "user" ? principal.userId : `${principal.roleId}:${principal.sessionName}`,
  "aws:username": ({ principal }) => (principal.type === "user" ? principal.userName : undefined),
  "aws:viaawsservice": () => "false",
  "aws:tokenissuetime": ({ session }) => session && isoSeconds(session.issuedAt),
  "aws:multifactorauthpresent": ({ session }) => session && String(session.mfaAuthenticatedAt !== null),
  "aws:multifactorauthage": ({ session, now }) =>
    session?.mfaAuthenticatedAt ? String(Math.floor((now.getTime() - session.mfaAuthenticatedAt.getTime()) / 1000)) : undefined,
  "aws:sourceip": ({ sourceIp }) => sourceIp,
  "aws:securetransport": ({ secureTransport }) => (secureTransport === undefined ? undefined : String(secureTransport)),
  "aws:requestedregion": ({ requestedRegion }) => requestedRegion,
};

function otherKeys(request: AuthorizationRequest): Map<string, readonly string[]> {
  const keys = new Map<string, readonly string[]>();
  for (const [key, value] of Object.entries(request.contextKeys ?? {})) {
    keys.set(key.toLowerCase(), Array.isArray(value) ? value : [String(value)]);
  }
  return keys;
}

export type RequestContext = { request: AuthorizationRequest; lookup: KeyLookup };

/** The request with its context keys, each computed on its first lookup. */
export function createRequestContext(request: AuthorizationRequest): RequestContext {
  const known = new Map<string, readonly string[] | undefined>();
  let others: Map<string, readonly string[]> | undefined;
  return {
    request,
    lookup: (key) => {
      const name = key.toLowerCase();
      if (known.has(name)) return known.get(name);
      const derive = GLOBAL_KEYS[name];
      const value = derive ? derive(request) : undefined;
      const values = derive ? (value === undefined ? undefined : [value]) : (others ??= otherKeys(request)).get(name);
      known.set(name, values);
      return values;
    },
  };
}
