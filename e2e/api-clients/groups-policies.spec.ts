import {
  AttachRolePolicyCommand,
  CreatePolicyCommand,
  GetAccountAuthorizationDetailsCommand,
  GetPolicyVersionCommand,
  ListAttachedUserPoliciesCommand,
  ListEntitiesForPolicyCommand,
  PutUserPolicyCommand,
  GetUserPolicyCommand,
  CreateUserCommand,
  AttachUserPolicyCommand,
} from "@aws-sdk/client-iam";
import { iamClient } from "../support/api";
import { expect, test } from "../support/fixtures";
import { type ApiTarget, awsCli, boto3Script, type Boto3Result } from "./clients";

// Groups and managed and inline policies through the AWS CLI v2, boto3 and the JS SDK v3: a lifecycle
// and AWS's errors. Policy documents travel URL-encoded, as AWS sends them: botocore (CLI, boto3)
// decodes them into JSON objects, the JS SDK hands over the encoded text.
test.use({ sandbox: { users: [], accessKey: true } });
test.describe.configure({ timeout: 240_000 });

let target: ApiTarget;
test.beforeEach(({ account }, testInfo) => {
  target = { baseURL: testInfo.project.use.baseURL!, credentials: account.accessKey! };
});

const error = (code: string, status: number, message: string) => ({ error: { code, status, message } });
const ok = (response: Record<string, unknown> = {}) => ({ response: expect.objectContaining(response) });

const READ_BUCKETS = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:ListAllMyBuckets", Resource: "*" }] };
const DENY_IAM = { Version: "2012-10-17", Statement: [{ Sid: "NoIam", Effect: "Deny", Action: "iam:*", Resource: "*" }] };
const READ_ONLY = "arn:aws:iam::aws:policy/IAMReadOnlyAccess";

test("boto3: an onboarding script's groups and policies, AWS's errors, then a cleanup script that leaves nothing", async ({ account }) => {
  const steps = (await boto3Script(target, "groups_policies.py", { scenario: "lifecycle" })) as Record<string, Boto3Result> & Record<string, unknown>;
  const arn = `arn:aws:iam::${account.accountId}:policy/team/ReadBuckets`;
  expect(steps.arn).toBe(arn);
  expect(steps).toMatchObject({
    create_group: ok({ Group: { Path: "/eng/", GroupName: "Developers", GroupId: expect.stringMatching(/^AGPA[A-Z2-7]{17}$/), Arn: `arn:aws:iam::${account.accountId}:group/eng/Developers`, CreateDate: expect.any(String) } }),
    create_group_again: error("EntityAlreadyExists", 409, "Group with name developers already exists."),
    get_group: ok({ Group: expect.objectContaining({ GroupName: "Developers" }), Users: [expect.objectContaining({ UserName: "ana" }), expect.objectContaining({ UserName: "bo" })], IsTruncated: false }),
    groups_for_ana: ok({ Groups: [expect.objectContaining({ GroupName: "Developers" })] }),
    list_groups_prefix: ok({ Groups: [expect.objectContaining({ GroupName: "Developers" })] }),
    create_policy: ok({
      Policy: expect.objectContaining({ PolicyName: "ReadBuckets", Arn: arn, Path: "/team/", DefaultVersionId: "v1", AttachmentCount: 0, IsAttachable: true, Tags: [{ Key: "owner", Value: "ana" }] }),
    }),
    create_malformed: error("MalformedPolicyDocument", 400, "Policy statement must contain actions."),
    create_policy_version: ok({ PolicyVersion: { VersionId: "v2", IsDefaultVersion: true, CreateDate: expect.any(String) } }),
    get_policy_version: ok({ PolicyVersion: { Document: DENY_IAM, VersionId: "v2", IsDefaultVersion: true, CreateDate: expect.any(String) } }),
    document_type: "dict",
    delete_default_version: error("DeleteConflict", 409, "Cannot delete the default version of a policy."),
    set_default: ok(),
    list_versions: ok({ Versions: [expect.objectContaining({ VersionId: "v2", IsDefaultVersion: false }), expect.objectContaining({ VersionId: "v1", IsDefaultVersion: true })] }),
    sixth_version: error("LimitExceeded", 409, "A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version."),
    tag_policy: ok(),
    untag_policy: ok(),
    policy_tags: { response: { Tags: [{ Key: "OWNER", Value: "bo" }], IsTruncated: false } },
    tag_aws_policy: { error: { code: "AccessDenied", status: 403, message: expect.stringContaining(`is not authorized to perform: iam:TagPolicy on resource: policy ${READ_ONLY}`) } },
    attach_group: ok(),
    attach_user: ok(),
    attach_missing: error("NoSuchEntity", 404, "Policy arn:aws:iam::aws:policy/NoSuchPolicy does not exist or is not attachable."),
    attached_group: { response: { AttachedPolicies: [{ PolicyName: "ReadBuckets", PolicyArn: arn }], IsTruncated: false } },
    attached_user: { response: { AttachedPolicies: [{ PolicyName: "IAMReadOnlyAccess", PolicyArn: READ_ONLY }], IsTruncated: false } },
    get_policy: ok({ Policy: expect.objectContaining({ AttachmentCount: 1, DefaultVersionId: "v1", Description: "Lists buckets" }) }),
    entities: { response: { PolicyGroups: [], PolicyUsers: [{ UserName: "ana", UserId: expect.stringMatching(/^AIDA/) }], PolicyRoles: [], IsTruncated: false } },
    local_attached: ok({ Policies: [expect.objectContaining({ PolicyName: "ReadBuckets", AttachmentCount: 1 })] }),
    put_group_policy: ok(),
    inline_document: DENY_IAM,
    put_user_policy_principal: error("MalformedPolicyDocument", 400, "Policy document should not specify a principal."),
    group_policies: { response: { PolicyNames: ["deny-iam"], IsTruncated: false } },
    aws_policy_ids_unique: true,
    delete_group_with_members: error("DeleteConflict", 409, "Cannot delete entity, must remove users from group first."),
    delete_attached_policy: error("DeleteConflict", 409, "Cannot delete a policy attached to entities."),
    delete_user_in_group: error("DeleteConflict", 409, "Cannot delete entity, must remove users from group first."),
  });
  expect(steps.aws_policy_count).toBeGreaterThan(1000);

  const details = steps.details as unknown as Record<string, Record<string, unknown>[]>;
  expect(details.UserDetailList.map((user) => user.UserName)).toEqual(["ana", "bo"]);
  expect(details.UserDetailList[0]).toMatchObject({ GroupList: ["Developers"], AttachedManagedPolicies: [{ PolicyName: "IAMReadOnlyAccess", PolicyArn: READ_ONLY }] });
  expect(details.GroupDetailList).toEqual([
    expect.objectContaining({ GroupName: "Developers", GroupPolicyList: [{ PolicyName: "deny-iam", PolicyDocument: DENY_IAM }], AttachedManagedPolicies: [{ PolicyName: "ReadBuckets", PolicyArn: arn }] }),
  ]);
  const readBuckets = details.Policies.find((policy) => policy.PolicyName === "ReadBuckets")!;
  expect(readBuckets.PolicyVersionList).toContainEqual(expect.objectContaining({ VersionId: "v1", IsDefaultVersion: true, Document: READ_BUCKETS }));
  expect(details.Policies.map((policy) => policy.PolicyName).sort()).toEqual(["IAMReadOnlyAccess", "ReadBuckets"]);

  const cleanup = (await boto3Script(target, "groups_policies.py", { scenario: "cleanup" })) as Record<string, unknown>;
  expect(cleanup).toEqual({ done: ["user ana", "user bo", "group Developers", "policy ReadBuckets"], users: [], groups: [], policies: [] });
});

test("the AWS CLI: a group with a managed and an inline policy, the documents printed as JSON, AWS's errors, and the teardown", async ({ account }) => {
  const aws = awsCli(target);
  expect((await aws("iam", "create-group", "--group-name", "Ops")).output).toMatchObject({ Group: { GroupName: "Ops", Path: "/" } });
  const created = (await aws("iam", "create-policy", "--policy-name", "ReadBuckets", "--policy-document", JSON.stringify(READ_BUCKETS))).output as { Policy: { Arn: string } };
  const arn = created.Policy.Arn;
  expect(arn).toBe(`arn:aws:iam::${account.accountId}:policy/ReadBuckets`);
  expect((await aws("iam", "get-policy-version", "--policy-arn", arn, "--version-id", "v1")).output).toEqual({
    PolicyVersion: { Document: READ_BUCKETS, VersionId: "v1", IsDefaultVersion: true, CreateDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
  });
  expect(await aws("iam", "attach-group-policy", "--group-name", "Ops", "--policy-arn", arn)).toEqual({ output: null });
  expect(await aws("iam", "put-group-policy", "--group-name", "Ops", "--policy-name", "deny-iam", "--policy-document", JSON.stringify(DENY_IAM))).toEqual({ output: null });
  expect((await aws("iam", "get-group-policy", "--group-name", "Ops", "--policy-name", "deny-iam")).output).toEqual({ GroupName: "Ops", PolicyName: "deny-iam", PolicyDocument: DENY_IAM });
  expect((await aws("iam", "list-entities-for-policy", "--policy-arn", arn)).output).toEqual({
    PolicyGroups: [{ GroupName: "Ops", GroupId: expect.stringMatching(/^AGPA/) }],
    PolicyUsers: [],
    PolicyRoles: [],
  });
  const admin = (await aws("iam", "get-policy", "--policy-arn", "arn:aws:iam::aws:policy/AdministratorAccess")).output as { Policy: Record<string, unknown> };
  expect(admin.Policy).toMatchObject({ PolicyName: "AdministratorAccess", PolicyId: expect.stringMatching(/^ANPA[A-Z2-7]{17}$/), AttachmentCount: 0 });
  const page = (await aws("iam", "list-policies", "--scope", "AWS", "--max-items", "5")).output as { Policies: unknown[]; NextToken?: string };
  expect(page.Policies).toHaveLength(5);
  expect(page.NextToken).toEqual(expect.any(String));

  const cases: [string[], { code: string; message: string }][] = [
    [["delete-group", "--group-name", "Ops"], { code: "DeleteConflict", message: "Cannot delete entity, must delete policies first." }],
    [["delete-policy", "--policy-arn", arn], { code: "DeleteConflict", message: "Cannot delete a policy attached to entities." }],
    [["create-policy", "--policy-name", "Old", "--policy-document", JSON.stringify({ Statement: READ_BUCKETS.Statement })],
      { code: "MalformedPolicyDocument", message: "Policy document must be version 2012-10-17 or greater." }],
    [["get-policy", "--policy-arn", `arn:aws:iam::${account.accountId}:policy/Nothing`], { code: "NoSuchEntity", message: `Policy arn:aws:iam::${account.accountId}:policy/Nothing was not found.` }],
    [["detach-group-policy", "--group-name", "Ops", "--policy-arn", READ_ONLY], { code: "NoSuchEntity", message: `Policy ${READ_ONLY} was not found.` }],
    [["get-group", "--group-name", "Nobody"], { code: "NoSuchEntity", message: "The group with name Nobody cannot be found." }],
    [["create-group", "--group-name", "bad name!"],
      { code: "ValidationError", message: "1 validation error detected: Value at 'groupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+" }],
    [["list-policies", "--scope", "Mine"],
      { code: "ValidationError", message: "1 validation error detected: Value at 'scope' failed to satisfy constraint: Member must satisfy enum value set: [All, AWS, Local]" }],
  ];
  const results = await Promise.all(cases.map(([args]) => aws("iam", ...(args as [string, ...string[]]))));
  results.forEach((result, i) => expect(result.error, cases[i][0].join(" ")).toEqual(cases[i][1]));

  expect(await aws("iam", "delete-group-policy", "--group-name", "Ops", "--policy-name", "deny-iam")).toEqual({ output: null });
  expect(await aws("iam", "detach-group-policy", "--group-name", "Ops", "--policy-arn", arn)).toEqual({ output: null });
  expect(await Promise.all([aws("iam", "delete-group", "--group-name", "Ops"), aws("iam", "delete-policy", "--policy-arn", arn)])).toEqual([{ output: null }, { output: null }]);
  expect((await aws("iam", "list-groups")).output).toEqual({ Groups: [] });
  expect((await aws("iam", "list-policies", "--scope", "Local")).output).toEqual({ Policies: [] });
});

test("the JS SDK v3: documents arrive URL-encoded, as AWS sends them; attachments and the authorization details parse", async () => {
  const iam = iamClient(target.baseURL, target.credentials);
  await iam.send(new CreateUserCommand({ UserName: "sdk-user" }));
  const document = JSON.stringify(READ_BUCKETS, null, 2);
  const { Policy } = await iam.send(new CreatePolicyCommand({ PolicyName: "SdkPolicy", PolicyDocument: document }));
  const { PolicyVersion } = await iam.send(new GetPolicyVersionCommand({ PolicyArn: Policy!.Arn!, VersionId: "v1" }));
  expect(decodeURIComponent(PolicyVersion!.Document!)).toBe(document);
  await iam.send(new AttachUserPolicyCommand({ UserName: "sdk-user", PolicyArn: Policy!.Arn! }));
  await iam.send(new PutUserPolicyCommand({ UserName: "sdk-user", PolicyName: "inline", PolicyDocument: JSON.stringify(DENY_IAM) }));
  expect(decodeURIComponent((await iam.send(new GetUserPolicyCommand({ UserName: "sdk-user", PolicyName: "inline" }))).PolicyDocument!)).toBe(JSON.stringify(DENY_IAM));
  expect((await iam.send(new ListAttachedUserPoliciesCommand({ UserName: "sdk-user" }))).AttachedPolicies).toEqual([{ PolicyName: "SdkPolicy", PolicyArn: Policy!.Arn }]);
  expect((await iam.send(new ListEntitiesForPolicyCommand({ PolicyArn: Policy!.Arn! }))).PolicyUsers).toEqual([{ UserName: "sdk-user", UserId: expect.stringMatching(/^AIDA/) }]);
  const missingRole = await iam.send(new AttachRolePolicyCommand({ RoleName: "Nobody", PolicyArn: READ_ONLY })).catch((e: Error & { $metadata: { httpStatusCode: number } }) => e);
  expect(missingRole).toMatchObject({ name: "NoSuchEntityException", message: "The role with name Nobody cannot be found.", $metadata: { httpStatusCode: 404 } });
  const details = await iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ["User", "LocalManagedPolicy"] }));
  expect(details.UserDetailList).toEqual([
    expect.objectContaining({ UserName: "sdk-user", UserPolicyList: [{ PolicyName: "inline", PolicyDocument: encodeURIComponent(JSON.stringify(DENY_IAM)) }] }),
  ]);
  expect(details.Policies?.map((policy) => policy.PolicyName)).toEqual(["SdkPolicy"]);
  expect(details.GroupDetailList ?? []).toEqual([]);
});
