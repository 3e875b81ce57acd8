import { rootArn } from "./arn";
import { EVENT_SOURCE } from "./events";

/** The Event columns a CloudTrail record is made of. */
export type StoredEvent = {
  id: string;
  accountId: string;
  eventTime: Date;
  eventName: string;
  eventSource: string;
  userType: string | null;
  principalArn: string | null;
  userName: string | null;
  sourceIpAddress: string | null;
  userAgent: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  requestParameters: string | null;
  responseElements: string | null;
  additionalEventData: string | null;
};

export type UserIdentity = {
  type: "Root" | "IAMUser" | "AssumedRole" | "Unknown";
  principalId?: string;
  arn?: string;
  accountId: string;
  userName?: string;
};

/** An event as CloudTrail records it (record format 1.08), as its console's "Event record" shows it. */
export type CloudTrailRecord = {
  eventVersion: "1.08";
  userIdentity: UserIdentity;
  eventTime: string;
  eventSource: string;
  eventName: string;
  awsRegion: "us-east-1";
  sourceIPAddress: string | null;
  userAgent: string | null;
  errorCode?: string;
  errorMessage?: string;
  requestParameters: Record<string, unknown> | null;
  responseElements: Record<string, unknown> | null;
  additionalEventData?: Record<string, unknown>;
  eventID: string;
  readOnly: boolean;
  eventType: "AwsApiCall" | "AwsConsoleSignIn";
  managementEvent: true;
  recipientAccountId: string;
  eventCategory: "Management";
};

/** What CloudTrail shows as the user name of a failed sign-in: what was typed is sometimes a password. */
export const HIDDEN_USER_NAME = "HIDDEN_DUE_TO_SECURITY_REASONS";

const parse = (json: string | null): Record<string, unknown> | null => (json ? (JSON.parse(json) as Record<string, unknown>) : null);

function userIdentityOf(event: StoredEvent, principalId: string | undefined): UserIdentity {
  const { accountId } = event;
  if (event.userType === "Root") return { type: "Root", principalId: accountId, arn: event.principalArn ?? rootArn(accountId), accountId };
  if (event.userType === "IAMUser") {
    return { type: "IAMUser", principalId, arn: event.principalArn ?? undefined, accountId, userName: event.userName ?? undefined };
  }
  if (event.userType === "AssumedRole") return { type: "AssumedRole", arn: event.principalArn ?? undefined, accountId };
  if (event.eventName !== "ConsoleLogin") return { type: "Unknown", accountId };
  // A failed sign-in: an IAM user's names what was typed, a root user's the account.
  return parse(event.requestParameters)?.userName
    ? { type: "IAMUser", accountId, userName: HIDDEN_USER_NAME }
    : { type: "Root", principalId: accountId, arn: rootArn(accountId), accountId };
}

/** The user name CloudTrail's lookup shows and filters by: "root" for the root user. */
export function lookupUserName(event: Pick<StoredEvent, "userType" | "userName">): string | null {
  return event.userType === "Root" ? "root" : event.userName;
}

/**
 * The CloudTrail record of a stored event. `principalId` is the IAM user's id, when the user still
 * exists. Sign-in records carry no request parameters, as in CloudTrail.
 */
export function toCloudTrailRecord(event: StoredEvent, principalId?: string): CloudTrailRecord {
  const signIn = event.eventSource === EVENT_SOURCE.signin;
  const additionalEventData = parse(event.additionalEventData);
  return {
    eventVersion: "1.08",
    userIdentity: userIdentityOf(event, principalId),
    eventTime: event.eventTime.toISOString().replace(/\.\d{3}Z$/, "Z"),
    eventSource: event.eventSource,
    eventName: event.eventName,
    awsRegion: "us-east-1",
    sourceIPAddress: event.sourceIpAddress,
    userAgent: event.userAgent,
    ...(event.errorCode ? { errorCode: event.errorCode } : {}),
    ...(event.errorMessage ? { errorMessage: event.errorMessage } : {}),
    requestParameters: signIn ? null : parse(event.requestParameters),
    responseElements: parse(event.responseElements),
    ...(additionalEventData ? { additionalEventData } : {}),
    eventID: event.id,
    readOnly: /^(Get|List|Lookup)/.test(event.eventName),
    eventType: signIn ? "AwsConsoleSignIn" : "AwsApiCall",
    managementEvent: true,
    recipientAccountId: event.accountId,
    eventCategory: "Management",
  };
}
