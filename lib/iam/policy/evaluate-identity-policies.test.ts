import { describe, expect, it } from "vitest";
import {
  ADMINISTRATOR_ACCESS,
  IAM_READ_ONLY_ACCESS,
  IAM_USER_CHANGE_PASSWORD,
  SELF_MANAGE_CREDENTIALS_WITH_MFA,
  SELF_MANAGE_MFA,
  SOURCES,
} from "./aws-example-policies";
import { type CompiledPolicy, compilePolicyText } from "./compile-policy";
import { evaluateIdentityPolicies } from "./evaluate-identity-policies";
import type { AuthorizationRequest, RequestPrincipal, SessionFacts } from "./request-context";

// Each row: an example from the IAM User Guide (or an AWS managed policy), a request, and the decision
// the page documents for it; the page is the row's first column.

const ACCOUNT = "123456789012";
const NOW = new Date("2026-03-01T10:00:00Z");
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

const bob: RequestPrincipal = { type: "user", accountId: ACCOUNT, userName: "Bob", userId: "AIDAEXAMPLEBOB0000001", path: "/" };
const bobInDivision: RequestPrincipal = { ...bob, path: "/division/" };
const adminSession: RequestPrincipal = { type: "role-session", accountId: ACCOUNT, roleName: "Admin", roleId: "AROAEXAMPLEADMIN00001", path: "/", sessionName: "Bob" };

/** Long-term access keys: no session, so neither aws:MultiFactorAuthPresent nor aws:TokenIssueTime. */
const accessKey = {};
const signedInWithoutMfa = { session: { issuedAt: minutesAgo(10), mfaAuthenticatedAt: null } satisfies SessionFacts };
const signedInWithMfa = { session: { issuedAt: minutesAgo(10), mfaAuthenticatedAt: minutesAgo(10) } satisfies SessionFacts };

const policy = (name: string, text: string): CompiledPolicy => compilePolicyText(text, "managed", { type: "managed", arn: `arn:aws:iam::${ACCOUNT}:policy/${name}` });
const inline = (text: string): CompiledPolicy => compilePolicyText(text, "inline", { type: "inline", name: "Inline" });
const doc = (...statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });

const forceMfa = policy("Force_MFA", SELF_MANAGE_CREDENTIALS_WITH_MFA);
const selfManageMfa = policy("SelfManageMFA", SELF_MANAGE_MFA);
const administratorAccess = compilePolicyText(ADMINISTRATOR_ACCESS, "managed", { type: "managed", arn: "arn:aws:iam::aws:policy/AdministratorAccess" });
const iamReadOnly = compilePolicyText(IAM_READ_ONLY_ACCESS, "managed", { type: "managed", arn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess" });
const changePassword = compilePolicyText(IAM_USER_CHANGE_PASSWORD, "managed", { type: "managed", arn: "arn:aws:iam::aws:policy/IAMUserChangePassword" });

const user = (name: string, path = "/") => `arn:aws:iam::${ACCOUNT}:user${path}${name}`;
const mfa = (name: string) => `arn:aws:iam::${ACCOUNT}:mfa/${name}`;
const USERS = `arn:aws:iam::${ACCOUNT}:user/`;

type Row = {
  page: string;
  says: string;
  policies: CompiledPolicy[];
  action: string;
  resource: string;
  request?: Partial<AuthorizationRequest>;
  decision: "Allow" | "ExplicitDeny" | "ImplicitDeny";
  /** The Sid of the deciding statement, where the page names it. */
  sid?: string;
};

const rows: Row[] = [
  // The force-MFA policy: only the listed actions until the user signs in with MFA.
  { page: SOURCES.selfManageCredentialsWithMfa, says: "long-term keys: everything not listed is denied", policies: [forceMfa], action: "iam:ListUsers", resource: USERS, request: accessKey, decision: "ExplicitDeny", sid: "DenyAllExceptListedIfNoMFA" },
  { page: SOURCES.selfManageCredentialsWithMfa, says: "no password change without MFA", policies: [forceMfa], action: "iam:ChangePassword", resource: user("Bob"), request: signedInWithoutMfa, decision: "ExplicitDeny", sid: "DenyAllExceptListedIfNoMFA" },
  { page: SOURCES.selfManageCredentialsWithMfa, says: "without MFA the user may create their own virtual device", policies: [forceMfa], action: "iam:CreateVirtualMFADevice", resource: mfa("Bob"), request: signedInWithoutMfa, decision: "Allow", sid: "AllowManageOwnVirtualMFADevice" },
  { page: SOURCES.selfManageCredentialsWithMfa, says: "and enable it on their own user", policies: [forceMfa], action: "iam:EnableMFADevice", resource: user("Bob"), request: signedInWithoutMfa, decision: "Allow", sid: "AllowManageOwnUserMFA" },
  { page: SOURCES.selfManageCredentialsWithMfa, says: "but not on another user", policies: [forceMfa], action: "iam:EnableMFADevice", resource: user("Alice"), request: signedInWithoutMfa, decision: "ImplicitDeny" },
  { page: SOURCES.selfManageCredentialsWithMfa, says: "view the account's virtual devices", policies: [forceMfa], action: "iam:ListVirtualMFADevices", resource: "*", request: signedInWithoutMfa, decision: "Allow", sid: "AllowViewAccountInfo" },
  { page: SOURCES.selfManageCredentialsWithMfa, says: "view their own user (GetUser is listed)", policies: [forceMfa], action: "iam:GetUser", resource: user("Bob"), request: accessKey, decision: "Allow", sid: "AllowManageOwnPasswords" },
  { page: SOURCES.selfManageCredentialsWithMfa, says: "deactivating a device needs MFA", policies: [forceMfa], action: "iam:DeactivateMFADevice", resource: user("Bob"), request: signedInWithoutMfa, decision: "ExplicitDeny", sid: "DenyAllExceptListedIfNoMFA" },
  { page: SOURCES.selfManageCredentialsWithMfa, says: "with MFA the condition fails and the user manages their password", policies: [forceMfa], action: "iam:ChangePassword", resource: user("Bob"), request: signedInWithMfa, decision: "Allow", sid: "AllowManageOwnPasswords" },
  { page: SOURCES.selfManageCredentialsWithMfa, says: "with MFA, still only their own credentials", policies: [forceMfa], action: "iam:CreateAccessKey", resource: user("Alice"), request: signedInWithMfa, decision: "ImplicitDeny" },
  { page: SOURCES.selfManageCredentialsWithMfa, says: "the listed actions are not allowed by the Deny, another statement must allow them", policies: [forceMfa], action: "sts:GetSessionToken", resource: "*", request: accessKey, decision: "ImplicitDeny" },
  { page: SOURCES.selfManageCredentialsWithMfa, says: "GetSessionToken with AdministratorAccess beside: listed, so allowed without MFA", policies: [forceMfa, administratorAccess], action: "sts:GetSessionToken", resource: "*", request: accessKey, decision: "Allow" },
  { page: SOURCES.selfManageCredentialsWithMfa, says: "the tutorial's group: EC2 denied until the user signs in with MFA", policies: [forceMfa, administratorAccess], action: "ec2:RunInstances", resource: "*", request: signedInWithoutMfa, decision: "ExplicitDeny", sid: "DenyAllExceptListedIfNoMFA" },
  { page: SOURCES.selfManageCredentialsWithMfa, says: "and allowed after", policies: [forceMfa, administratorAccess], action: "ec2:RunInstances", resource: "*", request: signedInWithMfa, decision: "Allow" },

  // Self-managed MFA device, BlockMostAccessUnlessSignedInWithMFA.
  { page: SOURCES.selfManageMfa, says: "list users without MFA", policies: [selfManageMfa], action: "iam:ListUsers", resource: USERS, request: signedInWithoutMfa, decision: "Allow", sid: "AllowListActions" },
  { page: SOURCES.selfManageMfa, says: "list own MFA devices", policies: [selfManageMfa], action: "iam:ListMFADevices", resource: user("Bob"), request: signedInWithoutMfa, decision: "Allow", sid: "AllowIndividualUserToListOnlyTheirOwnMFA" },
  { page: SOURCES.selfManageMfa, says: "deactivate own device only when using MFA", policies: [selfManageMfa], action: "iam:DeactivateMFADevice", resource: user("Bob"), request: signedInWithMfa, decision: "Allow", sid: "AllowIndividualUserToDeactivateOnlyTheirOwnMFAOnlyWhenUsingMFA" },
  { page: SOURCES.selfManageMfa, says: "not without MFA", policies: [selfManageMfa], action: "iam:DeactivateMFADevice", resource: user("Bob"), request: signedInWithoutMfa, decision: "ExplicitDeny", sid: "BlockMostAccessUnlessSignedInWithMFA" },
  { page: SOURCES.selfManageMfa, says: "nor with long-term keys (Bool is false on a missing key, BoolIfExists true)", policies: [selfManageMfa], action: "iam:DeactivateMFADevice", resource: user("Bob"), request: accessKey, decision: "ExplicitDeny", sid: "BlockMostAccessUnlessSignedInWithMFA" },

  // AWS managed policies.
  { page: SOURCES.managedPolicies, says: "AdministratorAccess allows everything", policies: [administratorAccess], action: "iam:CreateUser", resource: user("Carol"), request: accessKey, decision: "Allow" },
  { page: SOURCES.managedPolicies, says: "IAMReadOnlyAccess: Get*", policies: [iamReadOnly], action: "iam:GetUser", resource: user("Alice"), request: accessKey, decision: "Allow" },
  { page: SOURCES.managedPolicies, says: "IAMReadOnlyAccess: List*, action names in any case", policies: [iamReadOnly], action: "IAM:listusers", resource: USERS, request: accessKey, decision: "Allow" },
  { page: SOURCES.managedPolicies, says: "IAMReadOnlyAccess: no writes", policies: [iamReadOnly], action: "iam:CreateUser", resource: user("Carol"), request: accessKey, decision: "ImplicitDeny" },
  { page: SOURCES.managedPolicies, says: "IAMReadOnlyAccess: no other service", policies: [iamReadOnly], action: "s3:GetObject", resource: "arn:aws:s3:::bucket/key", request: accessKey, decision: "ImplicitDeny" },
  { page: SOURCES.managedPolicies, says: "IAMUserChangePassword: a user with a path, by user/*/${aws:username}", policies: [changePassword], action: "iam:ChangePassword", resource: user("Bob", "/division/"), request: { principal: bobInDivision }, decision: "Allow" },
  { page: SOURCES.managedPolicies, says: "IAMUserChangePassword: not another user's password", policies: [changePassword], action: "iam:ChangePassword", resource: user("Alice", "/division/"), request: { principal: bobInDivision }, decision: "ImplicitDeny" },

  // NotAction.
  { page: SOURCES.notAction, says: "Allow NotAction iam:*: every other service", policies: [policy("NotIam", doc({ Effect: "Allow", NotAction: "iam:*", Resource: "*" }))], action: "s3:ListAllMyBuckets", resource: "*", decision: "Allow" },
  { page: SOURCES.notAction, says: "Allow NotAction iam:*: not IAM", policies: [policy("NotIam", doc({ Effect: "Allow", NotAction: "iam:*", Resource: "*" }))], action: "iam:CreateUser", resource: user("Carol"), decision: "ImplicitDeny" },
  { page: SOURCES.notAction, says: "Allow NotAction s3:DeleteBucket on S3: other S3 actions", policies: [policy("S3", doc({ Effect: "Allow", NotAction: "s3:DeleteBucket", Resource: "arn:aws:s3:::*" }))], action: "s3:GetObject", resource: "arn:aws:s3:::bucket/key", decision: "Allow" },
  { page: SOURCES.notAction, says: "...not ListAllMyBuckets, which requires the \"*\" resource", policies: [policy("S3", doc({ Effect: "Allow", NotAction: "s3:DeleteBucket", Resource: "arn:aws:s3:::*" }))], action: "s3:ListAllMyBuckets", resource: "*", decision: "ImplicitDeny" },
  { page: SOURCES.notAction, says: "...nor other services' actions, not applicable to S3 resources", policies: [policy("S3", doc({ Effect: "Allow", NotAction: "s3:DeleteBucket", Resource: "arn:aws:s3:::*" }))], action: "iam:ListUsers", resource: USERS, decision: "ImplicitDeny" },
  { page: SOURCES.notAction, says: "DenyAllUsersNotUsingMFA: non-IAM denied without MFA", policies: [policy("DenyNoMfa", doc({ Sid: "DenyAllUsersNotUsingMFA", Effect: "Deny", NotAction: "iam:*", Resource: "*", Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } } })), administratorAccess], action: "ec2:DescribeInstances", resource: "*", request: signedInWithoutMfa, decision: "ExplicitDeny", sid: "DenyAllUsersNotUsingMFA" },
  { page: SOURCES.notAction, says: "DenyAllUsersNotUsingMFA: IAM still allowed", policies: [policy("DenyNoMfa", doc({ Sid: "DenyAllUsersNotUsingMFA", Effect: "Deny", NotAction: "iam:*", Resource: "*", Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } } })), administratorAccess], action: "iam:ListUsers", resource: USERS, request: signedInWithoutMfa, decision: "Allow" },

  // Policy variables.
  { page: SOURCES.variables, says: "${aws:username} in Resource: the user's own prefix", policies: [inline(doc({ Effect: "Allow", Action: ["s3:GetObject", "s3:PutObject"], Resource: ["arn:aws:s3:::mybucket/${aws:username}/*"] }))], action: "s3:GetObject", resource: "arn:aws:s3:::mybucket/Bob/notes.txt", decision: "Allow" },
  { page: SOURCES.variables, says: "not another user's", policies: [inline(doc({ Effect: "Allow", Action: ["s3:GetObject"], Resource: ["arn:aws:s3:::mybucket/${aws:username}/*"] }))], action: "s3:GetObject", resource: "arn:aws:s3:::mybucket/Alice/notes.txt", decision: "ImplicitDeny" },
  { page: SOURCES.variables, says: "a role session has no aws:username: the match fails", policies: [inline(doc({ Effect: "Allow", Action: ["s3:GetObject"], Resource: ["arn:aws:s3:::mybucket/${aws:username}/*"] }))], action: "s3:GetObject", resource: "arn:aws:s3:::mybucket/Bob/notes.txt", request: { principal: adminSession }, decision: "ImplicitDeny" },
  { page: SOURCES.variables, says: "a default value stands in for a missing key", policies: [inline(doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::mybucket/${aws:username, 'anonymous'}/*" }))], action: "s3:GetObject", resource: "arn:aws:s3:::mybucket/anonymous/notes.txt", request: { principal: adminSession }, decision: "Allow" },
  { page: SOURCES.variables, says: "aws:userid of a role session is role-id:session-name", policies: [inline(doc({ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::bucket-name/home/${aws:userid}/*" }))], action: "s3:PutObject", resource: "arn:aws:s3:::bucket-name/home/AROAEXAMPLEADMIN00001:Bob/file", request: { principal: adminSession }, decision: "Allow" },
  { page: SOURCES.variables, says: "${aws:username} in a StringLike condition", policies: [inline(doc({ Effect: "Allow", Action: "s3:ListBucket", Resource: "arn:aws:s3:::mybucket", Condition: { StringLike: { "s3:prefix": ["${aws:username}/*"] } } }))], action: "s3:ListBucket", resource: "arn:aws:s3:::mybucket", request: { contextKeys: { "s3:prefix": "Bob/photos" } }, decision: "Allow" },
  { page: SOURCES.variables, says: "...another user's prefix does not match", policies: [inline(doc({ Effect: "Allow", Action: "s3:ListBucket", Resource: "arn:aws:s3:::mybucket", Condition: { StringLike: { "s3:prefix": ["${aws:username}/*"] } } }))], action: "s3:ListBucket", resource: "arn:aws:s3:::mybucket", request: { contextKeys: { "s3:prefix": "Alice/photos" } }, decision: "ImplicitDeny" },
  { page: SOURCES.variables, says: "${*} is a literal asterisk, not a wildcard", policies: [inline(doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::mybucket/${*}" }))], action: "s3:GetObject", resource: "arn:aws:s3:::mybucket/anything", decision: "ImplicitDeny" },
  { page: SOURCES.variables, says: "...and matches an asterisk", policies: [inline(doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::mybucket/${*}${?}${$}" }))], action: "s3:GetObject", resource: "arn:aws:s3:::mybucket/*?$", decision: "Allow" },
  { page: SOURCES.variables, says: "without Version 2012-10-17 a variable is literal text", policies: [inline(JSON.stringify({ Statement: { Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::mybucket/${aws:username}/*" } }))], action: "s3:GetObject", resource: "arn:aws:s3:::mybucket/Bob/notes.txt", decision: "ImplicitDeny" },
  { page: SOURCES.variables, says: "...and matches itself", policies: [inline(JSON.stringify({ Statement: { Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::mybucket/${aws:username}/*" } }))], action: "s3:GetObject", resource: "arn:aws:s3:::mybucket/${aws:username}/notes.txt", decision: "Allow" },

  // Condition operators, IfExists and Null.
  { page: SOURCES.conditionOperators, says: "StringLikeIfExists: a listed instance type", policies: [inline(doc({ Effect: "Allow", Action: "ec2:*", Resource: "*", Condition: { StringLikeIfExists: { "ec2:InstanceType": ["t1.*", "t2.*", "m3.*"] } } }))], action: "ec2:RunInstances", resource: "*", request: { contextKeys: { "ec2:InstanceType": "t2.micro" } }, decision: "Allow" },
  { page: SOURCES.conditionOperators, says: "StringLikeIfExists: another type", policies: [inline(doc({ Effect: "Allow", Action: "ec2:*", Resource: "*", Condition: { StringLikeIfExists: { "ec2:InstanceType": ["t1.*", "t2.*", "m3.*"] } } }))], action: "ec2:RunInstances", resource: "*", request: { contextKeys: { "ec2:InstanceType": "m5.large" } }, decision: "ImplicitDeny" },
  { page: SOURCES.conditionOperators, says: "StringLikeIfExists: a request without the key", policies: [inline(doc({ Effect: "Allow", Action: "ec2:*", Resource: "*", Condition: { StringLikeIfExists: { "ec2:InstanceType": ["t1.*", "t2.*", "m3.*"] } } }))], action: "ec2:DescribeInstances", resource: "*", decision: "Allow" },
  { page: SOURCES.conditionOperators, says: "Null aws:TokenIssueTime true: long-term keys only", policies: [inline(doc({ Effect: "Allow", Action: "ec2:*", Resource: "*", Condition: { Null: { "aws:TokenIssueTime": "true" } } }))], action: "ec2:DescribeInstances", resource: "*", request: accessKey, decision: "Allow" },
  { page: SOURCES.conditionOperators, says: "...not temporary credentials", policies: [inline(doc({ Effect: "Allow", Action: "ec2:*", Resource: "*", Condition: { Null: { "aws:TokenIssueTime": "true" } } }))], action: "ec2:DescribeInstances", resource: "*", request: signedInWithMfa, decision: "ImplicitDeny" },
  { page: SOURCES.conditionOperators, says: "NumericLessThan aws:MultiFactorAuthAge 3600: MFA ten minutes ago", policies: [inline(doc({ Effect: "Allow", Action: "ec2:*", Resource: "*", Condition: { NumericLessThan: { "aws:MultiFactorAuthAge": "3600" } } }))], action: "ec2:StopInstances", resource: "*", request: signedInWithMfa, decision: "Allow" },
  { page: SOURCES.conditionOperators, says: "...two hours ago", policies: [inline(doc({ Effect: "Allow", Action: "ec2:*", Resource: "*", Condition: { NumericLessThan: { "aws:MultiFactorAuthAge": "3600" } } }))], action: "ec2:StopInstances", resource: "*", request: { session: { issuedAt: minutesAgo(120), mfaAuthenticatedAt: minutesAgo(120) } }, decision: "ImplicitDeny" },
  { page: SOURCES.conditionOperators, says: "...no MFA: the key is absent", policies: [inline(doc({ Effect: "Allow", Action: "ec2:*", Resource: "*", Condition: { NumericLessThan: { "aws:MultiFactorAuthAge": "3600" } } }))], action: "ec2:StopInstances", resource: "*", request: signedInWithoutMfa, decision: "ImplicitDeny" },
  { page: SOURCES.conditionOperators, says: "DateLessThan aws:TokenIssueTime: sessions issued before a time are denied", policies: [administratorAccess, inline(doc({ Effect: "Deny", Action: "*", Resource: "*", Condition: { DateLessThan: { "aws:TokenIssueTime": "2026-03-01T09:55:00Z" } } }))], action: "ec2:StopInstances", resource: "*", request: signedInWithMfa, decision: "ExplicitDeny" },
  { page: SOURCES.conditionOperators, says: "...a later session is not", policies: [administratorAccess, inline(doc({ Effect: "Deny", Action: "*", Resource: "*", Condition: { DateLessThan: { "aws:TokenIssueTime": "2026-03-01T09:45:00Z" } } }))], action: "ec2:StopInstances", resource: "*", request: signedInWithMfa, decision: "Allow" },

  // Dates and source IP examples.
  { page: SOURCES.dates, says: "allowed within the dates", policies: [inline(doc({ Effect: "Allow", Action: "service-prefix:action-name", Resource: "*", Condition: { DateGreaterThan: { "aws:CurrentTime": "2020-04-01T00:00:00Z" }, DateLessThan: { "aws:CurrentTime": "2020-06-30T23:59:59Z" } } }))], action: "service-prefix:action-name", resource: "*", request: { now: new Date("2020-05-01T12:00:00Z") }, decision: "Allow" },
  { page: SOURCES.dates, says: "not after", policies: [inline(doc({ Effect: "Allow", Action: "service-prefix:action-name", Resource: "*", Condition: { DateGreaterThan: { "aws:CurrentTime": "2020-04-01T00:00:00Z" }, DateLessThan: { "aws:CurrentTime": "2020-06-30T23:59:59Z" } } }))], action: "service-prefix:action-name", resource: "*", request: { now: new Date("2020-07-01T00:00:00Z") }, decision: "ImplicitDeny" },
  { page: SOURCES.sourceIp, says: "denied from outside the listed ranges", policies: [administratorAccess, inline(doc({ Effect: "Deny", Action: "*", Resource: "*", Condition: { NotIpAddress: { "aws:SourceIp": ["192.0.2.0/24", "203.0.113.0/24"] }, Bool: { "aws:ViaAWSService": "false" } } }))], action: "iam:ListUsers", resource: USERS, request: { sourceIp: "198.51.100.7" }, decision: "ExplicitDeny" },
  { page: SOURCES.sourceIp, says: "allowed from inside", policies: [administratorAccess, inline(doc({ Effect: "Deny", Action: "*", Resource: "*", Condition: { NotIpAddress: { "aws:SourceIp": ["192.0.2.0/24", "203.0.113.0/24"] }, Bool: { "aws:ViaAWSService": "false" } } }))], action: "iam:ListUsers", resource: USERS, request: { sourceIp: "203.0.113.77" }, decision: "Allow" },

  // Multivalued keys.
  { page: SOURCES.multivaluedKeys, says: "ForAllValues: every requested tag key is allowed", policies: [inline(doc({ Effect: "Allow", Action: "iam:TagUser", Resource: "*", Condition: { "ForAllValues:StringEquals": { "aws:TagKeys": ["CostCenter", "Project"] } } }))], action: "iam:TagUser", resource: user("Alice"), request: { contextKeys: { "aws:TagKeys": ["CostCenter"] } }, decision: "Allow" },
  { page: SOURCES.multivaluedKeys, says: "ForAllValues: one tag key outside the list", policies: [inline(doc({ Effect: "Allow", Action: "iam:TagUser", Resource: "*", Condition: { "ForAllValues:StringEquals": { "aws:TagKeys": ["CostCenter", "Project"] } } }))], action: "iam:TagUser", resource: user("Alice"), request: { contextKeys: { "aws:TagKeys": ["CostCenter", "Secret"] } }, decision: "ImplicitDeny" },
  { page: SOURCES.multivaluedKeys, says: "ForAllValues returns true on an empty set", policies: [inline(doc({ Effect: "Allow", Action: "iam:TagUser", Resource: "*", Condition: { "ForAllValues:StringEquals": { "aws:TagKeys": ["CostCenter", "Project"] } } }))], action: "iam:TagUser", resource: user("Alice"), request: { contextKeys: { "aws:TagKeys": [] } }, decision: "Allow" },
  { page: SOURCES.multivaluedKeys, says: "ForAnyValue returns false on an empty set", policies: [administratorAccess, inline(doc({ Effect: "Deny", Action: "iam:TagUser", Resource: "*", Condition: { "ForAnyValue:StringEquals": { "aws:TagKeys": ["Secret"] } } }))], action: "iam:TagUser", resource: user("Alice"), request: { contextKeys: { "aws:TagKeys": [] } }, decision: "Allow" },
  { page: SOURCES.multivaluedKeys, says: "ForAnyValue: one requested key matches", policies: [administratorAccess, inline(doc({ Effect: "Deny", Action: "iam:TagUser", Resource: "*", Condition: { "ForAnyValue:StringEquals": { "aws:TagKeys": ["Secret"] } } }))], action: "iam:TagUser", resource: user("Alice"), request: { contextKeys: { "aws:TagKeys": ["Project", "Secret"] } }, decision: "ExplicitDeny" },

  // Evaluation logic.
  { page: SOURCES.evaluationLogic, says: "no policy: implicit deny", policies: [], action: "iam:ListUsers", resource: USERS, decision: "ImplicitDeny" },
  { page: SOURCES.evaluationLogic, says: "the root user is outside identity-based policies", policies: [], action: "iam:ListUsers", resource: USERS, request: { principal: { type: "root", accountId: ACCOUNT } }, decision: "Allow" },
  { page: SOURCES.evaluationLogic, says: "an explicit deny overrides any allow", policies: [administratorAccess, inline(doc({ Sid: "NoDelete", Effect: "Deny", Action: "iam:Delete*", Resource: "*" }))], action: "iam:DeleteUser", resource: user("Alice"), decision: "ExplicitDeny", sid: "NoDelete" },
  { page: SOURCES.resource, says: "Resource names are case sensitive", policies: [inline(doc({ Effect: "Allow", Action: "iam:GetUser", Resource: user("Bob") }))], action: "iam:GetUser", resource: user("bob"), decision: "ImplicitDeny" },
];

describe("evaluateIdentityPolicies on the IAM User Guide's examples", () => {
  it.each(rows)("$page: $says", (row) => {
    const request: AuthorizationRequest = { principal: bob, now: NOW, action: row.action, resource: row.resource, ...row.request };
    const decision = evaluateIdentityPolicies(row.policies, request);
    expect(decision.decision).toBe(row.decision);
    if (row.sid) expect("statement" in decision && decision.statement.sid).toBe(row.sid);
  });
});

describe("evaluateIdentityPolicies' answer", () => {
  const deny = policy("DenyDeletes", doc({ Sid: "NoDelete", Effect: "Deny", Action: "iam:Delete*", Resource: "*" }));
  const request = (action: string): AuthorizationRequest => ({ principal: bob, now: NOW, action, resource: user("Alice") });

  it("names the first denying statement and its policy, even when an allow came first", () => {
    expect(evaluateIdentityPolicies([administratorAccess, deny], request("iam:DeleteUser"))).toEqual({
      decision: "ExplicitDeny",
      statement: { source: { type: "managed", arn: `arn:aws:iam::${ACCOUNT}:policy/DenyDeletes` }, index: 0, sid: "NoDelete" },
    });
  });

  it("names the first allowing statement", () => {
    expect(evaluateIdentityPolicies([iamReadOnly, administratorAccess], request("iam:GetUser"))).toEqual({
      decision: "Allow",
      statement: { source: { type: "managed", arn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess" }, index: 0 },
    });
  });

  it("says the root user was allowed as the root user", () => {
    expect(evaluateIdentityPolicies([deny], { ...request("iam:DeleteUser"), principal: { type: "root", accountId: ACCOUNT } })).toEqual({ decision: "Allow", root: true });
  });
});
