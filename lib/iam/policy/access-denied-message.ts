import type { AssumeRoleDecision } from "./evaluate-trust-policy";

// AccessDenied's message as AWS words it today ("Troubleshoot access denied error messages", IAM User
// Guide; the policy ARN since AWS's 2025-26 change, "Enhanced access denied error messages with policy
// ARNs", AWS Security Blog), checked against answers AWS gave:
//   User: arn:aws:iam::123456789012:user/Bob is not authorized to perform: iam:ListUsers on resource:
//   arn:aws:iam::123456789012:user/ because no identity-based policy allows the iam:ListUsers action
//   ... with an explicit deny in an identity-based policy: arn:aws:iam::123456789012:policy/DenyAll
//   User: arn:aws:iam::123456789012:user/Bob is not authorized to perform: sts:AssumeRole on resource:
//   arn:aws:iam::123456789012:role/Admin          (the trust policy does not allow the caller)
// A role session is named by its STS ARN, "User: arn:aws:sts::123456789012:assumed-role/ROLE/SESSION".
// The ARN of the denying policy is given for managed policies; AWS's wording for an inline policy is
// not recorded, and none is given. The resource is written as IAM writes it, which the caller knows:
// "*" for an action on no resource, "user NAME" for most of IAM's user actions, an ARN otherwise.

export type DeniedRequest = { principalArn: string; action: string; resource: string };
export type Denial = Exclude<AssumeRoleDecision, { decision: "Allow" }>;

export function accessDeniedMessage({ principalArn, action, resource }: DeniedRequest, denial: Denial): string {
  const refused = `User: ${principalArn} is not authorized to perform: ${action} on resource: ${resource}`;
  switch (denial.decision) {
    case "ExplicitDeny": {
      const { source } = denial.statement;
      return `${refused} with an explicit deny in an identity-based policy${source.type === "managed" ? `: ${source.arn}` : ""}`;
    }
    case "ImplicitDeny":
      return `${refused} because no identity-based policy allows the ${action} action`;
    case "TrustPolicyDeny":
      return refused;
  }
}
