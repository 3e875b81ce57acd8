import type { DbOrTx } from "../db/types";
import { newId } from "./ids";
import type { Principal, RequestContext } from "./principal";

export const EVENT_SOURCE = {
  iam: "iam.amazonaws.com",
  signin: "signin.amazonaws.com",
  sts: "sts.amazonaws.com",
} as const;

/** The events this IAM records, offered as suggestions by the event history's filter (any name can be typed). */
export const RECORDED_EVENT_NAMES = [
  "AddUserToGroup",
  "AssumeRole",
  "AttachGroupPolicy",
  "AttachRolePolicy",
  "AttachUserPolicy",
  "ChangePassword",
  "ConsoleLogin",
  "CreateAccessKey",
  "CreateAccount",
  "CreateAccountAlias",
  "CreateGroup",
  "CreateLoginProfile",
  "CreatePolicy",
  "CreatePolicyVersion",
  "CreateRole",
  "CreateServiceSpecificCredential",
  "CreateUser",
  "CreateVirtualMFADevice",
  "DeactivateMFADevice",
  "DeleteAccessKey",
  "DeleteAccountAlias",
  "DeleteAccountPasswordPolicy",
  "DeleteGroup",
  "DeleteGroupPolicy",
  "DeleteLoginProfile",
  "DeletePolicy",
  "DeletePolicyVersion",
  "DeleteRole",
  "DeleteRolePolicy",
  "DeleteSSHPublicKey",
  "DeleteServiceSpecificCredential",
  "DeleteSigningCertificate",
  "DeleteUser",
  "DeleteUserPolicy",
  "DeleteVirtualMFADevice",
  "DetachGroupPolicy",
  "DetachRolePolicy",
  "DetachUserPolicy",
  "EnableMFADevice",
  "GenerateCredentialReport",
  "GetSessionToken",
  "MFADeviceLockout",
  "PutGroupPolicy",
  "PutRolePolicy",
  "PutUserPolicy",
  "RemoveUserFromGroup",
  "ResetAccount",
  "ResetServiceSpecificCredential",
  "ResyncMFADevice",
  "SetDefaultPolicyVersion",
  "SwitchRole",
  "TagMFADevice",
  "TagPolicy",
  "TagRole",
  "TagUser",
  "UntagMFADevice",
  "UntagPolicy",
  "UntagRole",
  "UntagUser",
  "UpdateAccessKey",
  "UpdateAccountPasswordPolicy",
  "UpdateAccountSettings",
  "UpdateAssumeRolePolicy",
  "UpdateGroup",
  "UpdateLoginProfile",
  "UpdateRole",
  "UpdateRoleDescription",
  "UpdateSSHPublicKey",
  "UpdateServiceSpecificCredential",
  "UpdateSigningCertificate",
  "UpdateUser",
  "UploadSSHPublicKey",
  "UploadSigningCertificate",
] as const;

export type EventInput = {
  accountId: string;
  eventName: string;
  eventSource: string;
  now: Date;
  context: RequestContext;
  /** The caller, when known; a failed sign-in names only what was typed, in requestParameters. */
  principal?: Pick<Principal, "arn" | "isRoot" | "userName" | "roleSession"> | null;
  errorCode?: string | null;
  errorMessage?: string | null;
  requestParameters?: Record<string, unknown> | null;
  responseElements?: Record<string, unknown> | null;
  additionalEventData?: Record<string, unknown> | null;
};

/** Who acts, when and from where: what every domain function's input carries, and every event by a caller records. */
export type EventOrigin = { actor: Principal; now: Date; context: RequestContext };

export type CallerEventDetails = {
  /** The service that records it: IAM's unless named. */
  source?: keyof typeof EVENT_SOURCE;
  /** A refused call, recorded with AWS's code and message as CloudTrail records it (a failed sign-in has no code). */
  error?: { code?: string; message: string };
  responseElements?: Record<string, unknown> | null;
  additionalEventData?: Record<string, unknown> | null;
};

/**
 * Records what `origin.actor` did, in its account: `recordCallerEvent(tx, input, "DeleteUser", { userName })`.
 * Same rules as recordEvent: the changing transaction, and never a secret in the parameters.
 */
export async function recordCallerEvent(
  db: DbOrTx,
  origin: EventOrigin,
  eventName: string,
  requestParameters?: Record<string, unknown> | null,
  details: CallerEventDetails = {},
): Promise<void> {
  await recordEvent(db, {
    accountId: origin.actor.accountId,
    eventName,
    eventSource: EVENT_SOURCE[details.source ?? "iam"],
    now: origin.now,
    context: origin.context,
    principal: origin.actor,
    errorCode: details.error?.code,
    errorMessage: details.error?.message,
    requestParameters,
    responseElements: details.responseElements,
    additionalEventData: details.additionalEventData,
  });
}

/**
 * Writes one CloudTrail-like record: the form for events without a signed-in caller (a failed
 * sign-in, a new account); recordCallerEvent is the form for everything a caller does. Call it with the transaction that makes the change, so the
 * history never shows a change that did not happen. Never pass a seed, a code or a password.
 */
export async function recordEvent(db: DbOrTx, input: EventInput): Promise<void> {
  await db.event.create({
    data: {
      id: newId(),
      accountId: input.accountId,
      eventTime: input.now,
      eventName: input.eventName,
      eventSource: input.eventSource,
      userType: input.principal ? (input.principal.isRoot ? "Root" : input.principal.roleSession ? "AssumedRole" : "IAMUser") : null,
      principalArn: input.principal?.arn ?? null,
      // CloudTrail's lookup names a role session by its session name.
      userName: input.principal?.userName ?? input.principal?.roleSession?.sessionName ?? null,
      sourceIpAddress: input.context.sourceIp,
      userAgent: input.context.userAgent?.slice(0, 1024) ?? null,
      errorCode: input.errorCode ?? null,
      errorMessage: input.errorMessage ?? null,
      requestParameters: input.requestParameters ? JSON.stringify(input.requestParameters) : null,
      responseElements: input.responseElements ? JSON.stringify(input.responseElements) : null,
      additionalEventData: input.additionalEventData ? JSON.stringify(input.additionalEventData) : null,
    },
  });
}
