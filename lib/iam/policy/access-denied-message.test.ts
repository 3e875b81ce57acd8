import { describe, expect, it } from "vitest";
import { accessDeniedMessage } from "./access-denied-message";
import { principalArn } from "./request-context";

// Messages AWS gave, quoted in public reports (see access-denied-message.ts), with their ARNs.

const ACCOUNT = "123456789012";
const bob = principalArn({ type: "user", accountId: ACCOUNT, userName: "Bob", userId: "AIDAEXAMPLEBOB0000001", path: "/" });
const session = principalArn({ type: "role-session", accountId: ACCOUNT, roleName: "demo-iam-role-for-ec2", roleId: "AROAEXAMPLE000000001", path: "/", sessionName: "i-0b03f7c50e9943963" });

describe("accessDeniedMessage", () => {
  it("an implicit deny names the action twice", () => {
    expect(accessDeniedMessage({ principalArn: bob, action: "iam:ListUsers", resource: `arn:aws:iam::${ACCOUNT}:user/` }, { decision: "ImplicitDeny" })).toBe(
      "User: arn:aws:iam::123456789012:user/Bob is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::123456789012:user/ because no identity-based policy allows the iam:ListUsers action",
    );
  });

  it("a role session is named by its assumed-role ARN; IAM's user actions name the user", () => {
    expect(accessDeniedMessage({ principalArn: session, action: "iam:GetUser", resource: "user deploy-user" }, { decision: "ImplicitDeny" })).toBe(
      "User: arn:aws:sts::123456789012:assumed-role/demo-iam-role-for-ec2/i-0b03f7c50e9943963 is not authorized to perform: iam:GetUser on resource: user deploy-user because no identity-based policy allows the iam:GetUser action",
    );
  });

  it("an explicit deny in a managed policy names the policy", () => {
    const statement = { source: { type: "managed" as const, arn: `arn:aws:iam::${ACCOUNT}:policy/RestrictedUserResourceIsolation` }, index: 0 };
    expect(accessDeniedMessage({ principalArn: bob, action: "iam:CreateRole", resource: `arn:aws:iam::${ACCOUNT}:role/x` }, { decision: "ExplicitDeny", statement })).toBe(
      "User: arn:aws:iam::123456789012:user/Bob is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::123456789012:role/x with an explicit deny in an identity-based policy: arn:aws:iam::123456789012:policy/RestrictedUserResourceIsolation",
    );
  });

  it("an explicit deny in an inline policy names none", () => {
    const statement = { source: { type: "inline" as const, name: "DenyAll" }, index: 2 };
    expect(accessDeniedMessage({ principalArn: bob, action: "iam:GetAccountSummary", resource: "*" }, { decision: "ExplicitDeny", statement })).toBe(
      "User: arn:aws:iam::123456789012:user/Bob is not authorized to perform: iam:GetAccountSummary on resource: * with an explicit deny in an identity-based policy",
    );
  });

  it("a trust policy that does not let the caller in adds no reason", () => {
    expect(accessDeniedMessage({ principalArn: bob, action: "sts:AssumeRole", resource: `arn:aws:iam::${ACCOUNT}:role/deploy` }, { decision: "TrustPolicyDeny" })).toBe(
      "User: arn:aws:iam::123456789012:user/Bob is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/deploy",
    );
  });
});
