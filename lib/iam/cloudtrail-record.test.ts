import { describe, expect, it } from "vitest";
import { HIDDEN_USER_NAME, lookupUserName, type StoredEvent, toCloudTrailRecord } from "./cloudtrail-record";

const ACCOUNT = "123456789012";
const base: StoredEvent = {
  id: "5c1b1bd6-2f0e-4f5e-9d5e-0c6f2b1c9a10",
  accountId: ACCOUNT,
  eventTime: new Date("2021-03-11T09:00:00.123Z"),
  eventName: "EnableMFADevice",
  eventSource: "iam.amazonaws.com",
  userType: "IAMUser",
  principalArn: `arn:aws:iam::${ACCOUNT}:user/Admin`,
  userName: "Admin",
  sourceIpAddress: "203.0.113.7",
  userAgent: "Mozilla/5.0",
  errorCode: null,
  errorMessage: null,
  requestParameters: JSON.stringify({ userName: "Bob", serialNumber: `arn:aws:iam::${ACCOUNT}:mfa/Bob` }),
  responseElements: null,
  additionalEventData: null,
};

describe("toCloudTrailRecord", () => {
  it("shapes an IAM call as CloudTrail records it", () => {
    expect(toCloudTrailRecord(base, "AIDAEXAMPLEEXAMPLE1")).toEqual({
      eventVersion: "1.08",
      userIdentity: { type: "IAMUser", principalId: "AIDAEXAMPLEEXAMPLE1", arn: base.principalArn, accountId: ACCOUNT, userName: "Admin" },
      eventTime: "2021-03-11T09:00:00Z",
      eventSource: "iam.amazonaws.com",
      eventName: "EnableMFADevice",
      awsRegion: "us-east-1",
      sourceIPAddress: "203.0.113.7",
      userAgent: "Mozilla/5.0",
      requestParameters: { userName: "Bob", serialNumber: `arn:aws:iam::${ACCOUNT}:mfa/Bob` },
      responseElements: null,
      eventID: base.id,
      readOnly: false,
      eventType: "AwsApiCall",
      managementEvent: true,
      recipientAccountId: ACCOUNT,
      eventCategory: "Management",
    });
  });

  it("shapes a console sign-in with MFAUsed, the root user's identity, and no request parameters", () => {
    const record = toCloudTrailRecord({
      ...base,
      eventName: "ConsoleLogin",
      eventSource: "signin.amazonaws.com",
      userType: "Root",
      principalArn: `arn:aws:iam::${ACCOUNT}:root`,
      userName: null,
      requestParameters: null,
      responseElements: JSON.stringify({ ConsoleLogin: "Success" }),
      additionalEventData: JSON.stringify({ MFAUsed: "Yes", LoginTo: "https://console.aws.amazon.com/console/home" }),
    });
    expect(record).toMatchObject({
      userIdentity: { type: "Root", principalId: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:root`, accountId: ACCOUNT },
      eventType: "AwsConsoleSignIn",
      requestParameters: null,
      responseElements: { ConsoleLogin: "Success" },
      additionalEventData: { MFAUsed: "Yes" },
    });
    expect(record).not.toHaveProperty("errorCode");
  });

  it("hides what was typed as the user name of a failed sign-in, which is sometimes a password", () => {
    const failed: StoredEvent = {
      ...base,
      eventName: "ConsoleLogin",
      eventSource: "signin.amazonaws.com",
      userType: null,
      principalArn: null,
      userName: null,
      errorMessage: "Failed authentication",
      requestParameters: JSON.stringify({ userName: "Hunter2-password!" }),
      responseElements: JSON.stringify({ ConsoleLogin: "Failure" }),
    };
    const record = toCloudTrailRecord(failed);
    expect(record.userIdentity).toEqual({ type: "IAMUser", accountId: ACCOUNT, userName: HIDDEN_USER_NAME });
    expect(record.errorMessage).toBe("Failed authentication");
    expect(JSON.stringify(record)).not.toContain("Hunter2-password!");
    expect(toCloudTrailRecord({ ...failed, requestParameters: null }).userIdentity).toMatchObject({ type: "Root", accountId: ACCOUNT });
  });

  it("marks reads as read-only and names the root user \"root\" for lookups", () => {
    expect(toCloudTrailRecord({ ...base, eventName: "ListVirtualMFADevices" }).readOnly).toBe(true);
    expect(lookupUserName({ userType: "Root", userName: null })).toBe("root");
    expect(lookupUserName({ userType: "IAMUser", userName: "Bob" })).toBe("Bob");
  });
});
