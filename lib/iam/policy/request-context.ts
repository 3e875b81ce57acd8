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

/**
 * The global keys of "AWS global condition context keys" that the facts decide, keyed in lower case
 * (key names are case-insensitive). aws:username exists for IAM users only; aws:userid is the user's id,
 * the role's id and session name, or the account id for the root user; aws:PrincipalArn names a role
 * session by its role's ARN; aws:MultiFactorAuthAge exists only when MFA was used. aws:ViaAWSService
 * is always present and false: no service of the lab calls on a principal's behalf.
 */
function globalKeys(request: AuthorizationRequest): Map<string, readonly string[]> {
  const { principal, now, session } = request;
  const keys = new Map<string, readonly string[]>();
  const set = (key: string, value: string | undefined) => {
    if (value !== undefined) keys.set(key, [value]);
  };
  set("aws:currenttime", isoSeconds(now));
  set("aws:epochtime", String(Math.floor(now.getTime() / 1000)));
  set("aws:principalaccount", principal.accountId);
  set("aws:viaawsservice", "false");
  switch (principal.type) {
    case "root":
      set("aws:principalarn", rootArn(principal.accountId));
      set("aws:principaltype", "Account");
      set("aws:userid", principal.accountId);
      break;
    case "user":
      set("aws:principalarn", principalArn(principal));
      set("aws:principaltype", "User");
      set("aws:userid", principal.userId);
      set("aws:username", principal.userName);
      break;
    case "role-session":
      set("aws:principalarn", roleArn(principal.accountId, principal.path, principal.roleName));
      set("aws:principaltype", "AssumedRole");
      set("aws:userid", `${principal.roleId}:${principal.sessionName}`);
      break;
  }
  if (session) {
    set("aws:tokenissuetime", isoSeconds(session.issuedAt));
    set("aws:multifactorauthpresent", String(session.mfaAuthenticatedAt !== null));
    if (session.mfaAuthenticatedAt) set("aws:multifactorauthage", String(Math.floor((now.getTime() - session.mfaAuthenticatedAt.getTime()) / 1000)));
  }
  set("aws:sourceip", request.sourceIp);
  set("aws:securetransport", request.secureTransport === undefined ? undefined : String(request.secureTransport));
  set("aws:requestedregion", request.requestedRegion);
  for (const [key, value] of Object.entries(request.contextKeys ?? {})) {
    const name = key.toLowerCase();
    if (!keys.has(name)) keys.set(name, Array.isArray(value) ? value : [String(value)]);
  }
  return keys;
}

export type RequestContext = { request: AuthorizationRequest; lookup: KeyLookup };

/** The request with its context keys, computed on the first lookup. */
export function createRequestContext(request: AuthorizationRequest): RequestContext {
  let keys: Map<string, readonly string[]> | undefined;
  return {
    request,
    lookup: (key) => (keys ??= globalKeys(request)).get(key.toLowerCase()),
  };
}
