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
  "ChangePassword",
  "ConsoleLogin",
  "CreateAccessKey",
  "CreateAccount",
  "CreateAccountAlias",
  "CreateLoginProfile",
  "CreateUser",
  "CreateVirtualMFADevice",
  "DeactivateMFADevice",
  "DeleteAccessKey",
  "DeleteAccountAlias",
  "DeleteLoginProfile",
  "DeleteUser",
  "DeleteVirtualMFADevice",
  "EnableMFADevice",
  "GetSessionToken",
  "MFADeviceLockout",
  "ResetAccount",
  "ResyncMFADevice",
  "TagMFADevice",
  "UntagMFADevice",
  "UpdateAccessKey",
] as const;

export type EventInput = {
  accountId: string;
  eventName: string;
  eventSource: string;
  now: Date;
  context: RequestContext;
  /** The caller, when known; a failed sign-in names only what was typed, in requestParameters. */
  principal?: Pick<Principal, "arn" | "isRoot" | "userName"> | null;
  errorCode?: string | null;
  errorMessage?: string | null;
  requestParameters?: Record<string, unknown> | null;
  responseElements?: Record<string, unknown> | null;
  additionalEventData?: Record<string, unknown> | null;
};

/**
 * Writes one CloudTrail-like record. Call it with the transaction that makes the change, so the
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
      userType: input.principal ? (input.principal.isRoot ? "Root" : "IAMUser") : null,
      principalArn: input.principal?.arn ?? null,
      userName: input.principal?.userName ?? null,
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
