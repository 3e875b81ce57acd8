import type { DbOrTx } from "../db/types";
import { IamError } from "./errors";
import { type Action, ACTIONS, type ActionResource, userResource } from "./iam-actions";
import { loadIdentityPolicies, type PolicyHolder } from "./identity-policies";
import { accessDeniedMessage } from "./policy/access-denied-message";
import type { CompiledPolicy } from "./policy/compile-policy";
import { evaluateIdentityPolicies, type IdentityDecision } from "./policy/evaluate-identity-policies";
import type { RequestPrincipal } from "./policy/request-context";
import type { Principal } from "./principal";
import { userNamed } from "./users";

// Every IAM and STS operation and every console action asks here, with the action and resource of
// iam-actions.ts, whether the caller may act: AWS's evaluation of identity-based policies
// (lib/iam/policy/) on the caller's policies and the request's context. The root user is outside
// identity policies and may do anything in its account. Hiding a button is never the check.

/** The caller as the policies see it. */
export function requestPrincipal(actor: Principal): RequestPrincipal {
  if (actor.roleSession) {
    const { roleName, roleId, rolePath, sessionName } = actor.roleSession;
    return { type: "role-session", accountId: actor.accountId, roleName, roleId, path: rolePath, sessionName };
  }
  if (actor.isRoot) return { type: "root", accountId: actor.accountId };
  const prefix = `arn:aws:iam::${actor.accountId}:user`;
  const path = actor.arn.slice(prefix.length, actor.arn.length - actor.userName!.length);
  return { type: "user", accountId: actor.accountId, userName: actor.userName!, userId: actor.userId!, path };
}

/** Whose policies apply: a role session has its role's permission policies, an IAM user their own and their groups'. */
function holderOf(actor: Principal): PolicyHolder {
  return actor.roleSession ? { kind: "role", roleId: actor.roleSession.roleId } : { kind: "user", userId: actor.userId! };
}

// The principal objects of one request (the console's identity, the API's signer) carry their
// policies for the rest of it: a request that asks several times reads them once.
const loaded = new WeakMap<Principal, Promise<CompiledPolicy[]>>();

/** The caller's identity-based policies, read once per request. */
export function policiesOf(db: DbOrTx, actor: Principal): Promise<CompiledPolicy[]> {
  let policies = loaded.get(actor);
  if (!policies) {
    policies = loadIdentityPolicies(db, holderOf(actor));
    loaded.set(actor, policies);
    policies.catch(() => loaded.delete(actor));
  }
  return policies;
}

/** The decision on `action` on `resource` for `actor`, under its identity-based policies. */
export async function decide(db: DbOrTx, actor: Principal, action: Action, resource: ActionResource): Promise<IdentityDecision> {
  if (ACTIONS[action] !== resource.kind && resource.kind !== "arn") throw new Error(`${action} takes a ${ACTIONS[action]} resource, not ${resource.kind}`);
  if (actor.isRoot) return { decision: "Allow", root: true };
  const facts = actor.request;
  return evaluateIdentityPolicies(await policiesOf(db, actor), {
    principal: requestPrincipal(actor),
    action,
    resource: resource.arn,
    // A caller of the domain without a door (the seed, a test) acts at the real time.
    now: facts?.now ?? new Date(),
    ...(facts?.session && { session: facts.session }),
    ...(facts?.sourceIp && { sourceIp: facts.sourceIp }),
    ...(facts?.secureTransport !== undefined && { secureTransport: facts.secureTransport }),
  });
}

/** Whether `actor` may perform `action` on `resource`: for what a console page shows. */
export async function isAllowed(db: DbOrTx, actor: Principal, action: Action, resource: ActionResource): Promise<boolean> {
  return (await decide(db, actor, action, resource)).decision === "Allow";
}

/** AccessDenied, worded as AWS words it, unless `actor` may perform `action` on `resource`. */
export async function authorize(db: DbOrTx, actor: Principal, action: Action, resource: ActionResource): Promise<void> {
  const decision = await decide(db, actor, action, resource);
  if (decision.decision === "Allow") return;
  throw new IamError("AccessDenied", accessDeniedMessage({ principalArn: actor.arn, action, resource: resource.named }, decision));
}

/** Whether `userName` names the caller itself (IAM user names are unique regardless of case). */
export function isSelf(actor: Principal, userName: string): boolean {
  return actor.userName !== null && actor.userName.toLowerCase() === userName.toLowerCase();
}

/**
 * The resource of an action on the account's IAM user `userName`, and that user's row when there is
 * one. The path comes from the row (policies may name users by path); a name no user has is evaluated
 * at path "/", and the caller refuses it before it says NoSuchEntity, so a caller without the right
 * cannot learn which names exist.
 */
export async function userTarget(db: DbOrTx, actor: Principal, userName: string) {
  const user = await db.user.findUnique({ where: userNamed(actor.accountId, userName) });
  return { user, resource: userResource(actor.accountId, user?.path ?? "/", user?.name ?? userName) };
}

/** The resource of an action on the caller itself (an IAM user). */
export function selfResource(actor: Principal): ActionResource {
  const { path, userName } = requestPrincipal(actor) as Extract<RequestPrincipal, { type: "user" }>;
  return userResource(actor.accountId, path, userName);
}

/**
 * The lab's own settings that AWS has no action for (the console version, ResetAccount): the root
 * user's alone, refused to anyone else as an action no policy allows.
 */
export function requireRoot(actor: Principal, action: string): void {
  if (!actor.isRoot) throw implicitDenial(actor, action, "*");
}

/** AccessDenied as for an action no policy allows (an account's resource asked for from another account). */
export function implicitDenial(actor: Principal, action: string, resource: string): IamError {
  return new IamError("AccessDenied", accessDeniedMessage({ principalArn: actor.arn, action, resource }, { decision: "ImplicitDeny" }));
}

/** AWS's denial message when `actor` may not perform `action` on `resource`; null when it may (a console page's panel). */
export async function denialOf(db: DbOrTx, actor: Principal, action: Action, resource: ActionResource): Promise<string | null> {
  const decision = await decide(db, actor, action, resource);
  return decision.decision === "Allow" ? null : accessDeniedMessage({ principalArn: actor.arn, action, resource: resource.named }, decision);
}
