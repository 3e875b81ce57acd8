import { describe, expect, it } from "vitest";
import { createRequestContext, type RequestPrincipal } from "./request-context";

// "AWS global condition context keys" and the principal key table of "IAM policy elements: Variables
// and tags": which keys a request carries, with which values, for each kind of principal.

const ACCOUNT = "123456789012";
const NOW = new Date("2026-03-01T10:00:00.750Z");
const keysOf = (principal: RequestPrincipal, extra: object = {}) => {
  const { lookup } = createRequestContext({ principal, action: "iam:GetUser", resource: "*", now: NOW, ...extra });
  return (key: string) => lookup(key)?.join(",");
};

describe("the request context's global keys", () => {
  it("an IAM user with long-term keys: no MFA keys, no token issue time", () => {
    const key = keysOf({ type: "user", accountId: ACCOUNT, userName: "Bob", userId: "AIDAEXAMPLEBOB0000001", path: "/division/" });
    expect(key("aws:username")).toBe("Bob");
    expect(key("aws:userid")).toBe("AIDAEXAMPLEBOB0000001");
    expect(key("aws:PrincipalArn")).toBe("arn:aws:iam::123456789012:user/division/Bob");
    expect(key("aws:PrincipalType")).toBe("User");
    expect(key("aws:PrincipalAccount")).toBe(ACCOUNT);
    expect(key("aws:CurrentTime")).toBe("2026-03-01T10:00:00Z");
    expect(key("aws:EpochTime")).toBe("1772359200");
    expect(key("aws:ViaAWSService")).toBe("false");
    for (const absent of ["aws:MultiFactorAuthPresent", "aws:MultiFactorAuthAge", "aws:TokenIssueTime", "aws:SourceIp", "aws:SecureTransport"]) expect(key(absent), absent).toBeUndefined();
  });

  it("a session: MFA present or not, its age from the clock, the issue time", () => {
    const principal: RequestPrincipal = { type: "user", accountId: ACCOUNT, userName: "Bob", userId: "AIDAEXAMPLEBOB0000001", path: "/" };
    const withMfa = keysOf(principal, { session: { issuedAt: new Date("2026-03-01T09:00:00Z"), mfaAuthenticatedAt: new Date("2026-03-01T09:30:00Z") } });
    expect(withMfa("aws:MultiFactorAuthPresent")).toBe("true");
    expect(withMfa("aws:MultiFactorAuthAge")).toBe("1800");
    expect(withMfa("aws:TokenIssueTime")).toBe("2026-03-01T09:00:00Z");
    const withoutMfa = keysOf(principal, { session: { issuedAt: NOW, mfaAuthenticatedAt: null } });
    expect(withoutMfa("aws:MultiFactorAuthPresent")).toBe("false");
    expect(withoutMfa("aws:MultiFactorAuthAge")).toBeUndefined();
  });

  it("a role session and the root user", () => {
    const session = keysOf({ type: "role-session", accountId: ACCOUNT, roleName: "Admin", roleId: "AROAEXAMPLEADMIN00001", path: "/ops/", sessionName: "Bob" });
    expect(session("aws:userid")).toBe("AROAEXAMPLEADMIN00001:Bob");
    expect(session("aws:PrincipalArn")).toBe("arn:aws:iam::123456789012:role/ops/Admin");
    expect(session("aws:PrincipalType")).toBe("AssumedRole");
    expect(session("aws:username")).toBeUndefined();
    const root = keysOf({ type: "root", accountId: ACCOUNT });
    expect([root("aws:userid"), root("aws:PrincipalArn"), root("aws:PrincipalType")]).toEqual([ACCOUNT, "arn:aws:iam::123456789012:root", "Account"]);
  });

  it("request facts and service keys; a service key cannot replace a global one", () => {
    const key = keysOf(
      { type: "root", accountId: ACCOUNT },
      { sourceIp: "203.0.113.9", secureTransport: true, requestedRegion: "us-east-1", contextKeys: { "sts:ExternalId": "x", "aws:TagKeys": ["a", "b"], "s3:max-keys": 10, "aws:userid": "forged" } },
    );
    expect([key("aws:SourceIp"), key("aws:SecureTransport"), key("aws:RequestedRegion")]).toEqual(["203.0.113.9", "true", "us-east-1"]);
    expect([key("STS:EXTERNALID"), key("aws:TagKeys"), key("s3:max-keys"), key("aws:userid")]).toEqual(["x", "a,b", "10", ACCOUNT]);
  });
});
