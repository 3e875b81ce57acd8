import type { Db } from "../db/types";
import { policiesOf, requestPrincipal } from "./authorize";
import { IamError } from "./errors";
import { type EventOrigin, recordCallerEvent } from "./events";
import { assumedRoleArn } from "./get-principal";
import { accessDeniedMessage } from "./policy/access-denied-message";
import { compilePolicyText } from "./policy/compile-policy";
import { evaluateIdentityPolicies } from "./policy/evaluate-identity-policies";
import { decideAssumeRole, evaluateTrustPolicy } from "./policy/evaluate-trust-policy";
import type { AuthorizationRequest, SessionFacts } from "./policy/request-context";
import type { Principal } from "./principal";
import type { IamSettings } from "./settings";
import { checkStsMfaCode } from "./sts-mfa-code";
import { issueTemporaryCredentials, type SessionCredentials } from "./temporary-credentials";

/** AssumeRole's DurationSeconds when none is asked (STS API reference). */
export const ASSUME_ROLE_DEFAULT_SECONDS = 3600;
/**
 * The longest session temporary credentials may get by assuming a role: "role chaining" (STS API
 * reference), which STS applies to GetSessionToken's credentials too (as reported in
 * mmmorris1975/aws-runas #11: "The requested DurationSeconds exceeds the 1 hour session limit for
 * roles assumed by role chaining." for session-token credentials).
 */
export const ROLE_CHAINING_MAX_SECONDS = 3600;

export type AssumeRoleInput = EventOrigin & {
  roleArn: string;
  roleSessionName: string;
  /** Already within 900–43,200 seconds; checked here against the role's MaxSessionDuration. */
  durationSeconds?: number;
  serialNumber?: string;
  tokenCode?: string;
  externalId?: string;
  /** The signing credentials' session, when they are temporary (aws:TokenIssueTime, aws:MultiFactorAuthAge). */
  callerSession?: SessionFacts;
  settings: IamSettings;
};

export type AssumedRole = SessionCredentials & { assumedRoleId: string; arn: string };

/**
 * STS AssumeRole: credentials of a session of the role `roleArn`, in the caller's account, when the
 * role's trust policy (and, where it names only the account, the caller's identity-based policies)
 * allows the caller sts:AssumeRole, as lib/iam/policy decides. A code (SerialNumber, TokenCode) is
 * checked first, once, as GetSessionToken checks it, and makes the request MFA-authenticated
 * (aws:MultiFactorAuthPresent, aws:MultiFactorAuthAge 0). A role that does not exist is refused as one
 * the caller may not assume, as AWS does, so that its existence is not revealed.
 */
export async function assumeRole(db: Db, input: AssumeRoleInput): Promise<AssumedRole> {
  const { actor, now } = input;
  const requestParameters = {
    roleArn: input.roleArn,
    roleSessionName: input.roleSessionName,
    ...(input.durationSeconds !== undefined ? { durationSeconds: input.durationSeconds } : {}),
    ...(input.serialNumber !== undefined ? { serialNumber: input.serialNumber } : {}),
    ...(input.externalId !== undefined ? { externalId: input.externalId } : {}),
  };
  const refuse = async (error: IamError): Promise<never> => {
    await recordCallerEvent(db, input, "AssumeRole", requestParameters, { source: "sts", error });
    throw error;
  };
  if (actor.isRoot) return refuse(new IamError("AccessDenied", "Roles may not be assumed by root accounts."));

  const mfaAuthenticatedAt = await checkStsMfaCode(db, input, "AssumeRole", requestParameters);
  const role = await db.role.findFirst({ where: { accountId: actor.accountId, arn: input.roleArn } });
  const request: AuthorizationRequest = {
    principal: requestPrincipal(actor),
    action: "sts:AssumeRole",
    resource: input.roleArn,
    now,
    session: mfaAuthenticatedAt ? { issuedAt: now, mfaAuthenticatedAt } : input.callerSession,
    sourceIp: input.context.sourceIp ?? undefined,
    contextKeys: { "sts:RoleSessionName": input.roleSessionName, ...(input.externalId !== undefined ? { "sts:ExternalId": input.externalId } : {}) },
  };
  const decision = role
    ? decideAssumeRole(
        evaluateTrustPolicy(compilePolicyText(role.assumeRolePolicyDocument, "trust", { type: "trust", roleArn: role.arn }), request),
        evaluateIdentityPolicies(await policiesOf(db, actor), request),
      )
    : ({ decision: "TrustPolicyDeny" } as const);
  if (!role || decision.decision !== "Allow") {
    const denial = decision.decision === "Allow" ? ({ decision: "TrustPolicyDeny" } as const) : decision;
    return refuse(new IamError("AccessDenied", accessDeniedMessage({ principalArn: actor.arn, action: "sts:AssumeRole", resource: input.roleArn }, denial)));
  }

  const durationSeconds = input.durationSeconds ?? ASSUME_ROLE_DEFAULT_SECONDS;
  if ((actor.roleSession || input.callerSession) && durationSeconds > ROLE_CHAINING_MAX_SECONDS) {
    return refuse(new IamError("ValidationError", "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining."));
  }
  if (durationSeconds > role.maxSessionDuration) {
    return refuse(new IamError("ValidationError", "The requested DurationSeconds exceeds the MaxSessionDuration set for this role."));
  }

  return db.$transaction(async (tx) => {
    const credentials = await issueTemporaryCredentials(tx, {
      accountId: actor.accountId,
      session: { roleId: role.id, roleSessionName: input.roleSessionName, sourcePrincipalArn: actor.arn },
      // A role session carries the MFA of the request that made it, or of the credentials that signed it.
      mfaAuthenticatedAt: mfaAuthenticatedAt ?? input.callerSession?.mfaAuthenticatedAt ?? null,
      durationSeconds,
      now,
      settings: input.settings,
    });
    const assumed = { assumedRoleId: `${role.id}:${input.roleSessionName}`, arn: assumedRoleArn(actor.accountId, role.name, input.roleSessionName) };
    await recordCallerEvent(tx, input, "AssumeRole", requestParameters, {
      source: "sts",
      responseElements: { assumedRoleUser: assumed, credentials: { accessKeyId: credentials.accessKeyId, expiration: credentials.expiration } },
      additionalEventData: { MFAUsed: mfaAuthenticatedAt ? "Yes" : "No" },
    });
    return { ...credentials, ...assumed };
  });
}
