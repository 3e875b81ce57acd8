import fs from "node:fs";
import { CreateAccessKeyCommand, CreateRoleCommand, CreateUserCommand, GetRoleCommand, IAMServiceException, ListRolesCommand } from "@aws-sdk/client-iam";
import { AssumeRoleCommand, GetCallerIdentityCommand, STSServiceException } from "@aws-sdk/client-sts";
import { iamClient, stsClient } from "../support/api";
import { expect, test } from "../support/fixtures";
import { type ApiTarget, awsCli, type Boto3Result, boto3Script, oathtoolCodes } from "./clients";

// Roles and role sessions through the AWS CLI v2, boto3 and the JS SDK: a role's lifecycle, AWS's
// errors, and AssumeRole with a trust policy that requires MFA, refused without a code (AWS's exact
// message) and granted with one (oathtool's), then GetCallerIdentity as the role session. A client
// that cannot parse an answer fails the test.
test.use({ sandbox: { users: [], accessKey: true } });
// About forty CLI processes in the longest test, each half a second of CPU on a quiet machine and many
// times that on one shared with other test runs.
test.describe.configure({ timeout: 480_000 });

let target: ApiTarget;
test.beforeEach(({ account }, testInfo) => {
  target = { baseURL: testInfo.project.use.baseURL!, credentials: account.accessKey! };
});

const trustPolicy = (principalArn: string, mfa = false) => ({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Principal: { AWS: principalArn },
      Action: "sts:AssumeRole",
      ...(mfa ? { Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } } : {}),
    },
  ],
});

const notAuthorized = (callerArn: string, roleArn: string) =>
  `User: ${callerArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`;

test("the AWS CLI: a role's lifecycle and AWS's errors", async ({ account }) => {
  const aws = awsCli(target);
  const userArn = ((await aws("iam", "create-user", "--user-name", "Dev")).output as { User: { Arn: string } }).User.Arn;
  const trust = trustPolicy(userArn);
  const created = await aws("iam", "create-role", "--role-name", "Deployer", "--path", "/lab/", "--assume-role-policy-document", JSON.stringify(trust),
    "--description", "Deploys the lab", "--max-session-duration", "7200", "--tags", "Key=team,Value=blue");
  const roleArn = `arn:aws:iam::${account.accountId}:role/lab/Deployer`;
  // botocore decodes the URL-encoded trust policy back into JSON.
  expect(created.output).toEqual({
    Role: expect.objectContaining({ RoleName: "Deployer", Path: "/lab/", Arn: roleArn, RoleId: expect.stringMatching(/^AROA[A-Z2-7]{17}$/),
      AssumeRolePolicyDocument: trust, Description: "Deploys the lab", MaxSessionDuration: 7200, Tags: [{ Key: "team", Value: "blue" }] }),
  });
  expect((await aws("iam", "get-role", "--role-name", "deployer")).output).toEqual({
    Role: expect.objectContaining({ RoleName: "Deployer", AssumeRolePolicyDocument: trust, RoleLastUsed: {}, Tags: [{ Key: "team", Value: "blue" }] }),
  });
  expect(await aws("iam", "tag-role", "--role-name", "Deployer", "--tags", "Key=stage,Value=lab")).toEqual({ output: null });
  expect(await aws("iam", "untag-role", "--role-name", "Deployer", "--tag-keys", "TEAM")).toEqual({ output: null });
  expect((await aws("iam", "list-role-tags", "--role-name", "Deployer")).output).toEqual({ Tags: [{ Key: "stage", Value: "lab" }], IsTruncated: false });
  expect(await aws("iam", "update-role", "--role-name", "Deployer", "--max-session-duration", "3600")).toEqual({ output: null });
  expect((await aws("iam", "update-role-description", "--role-name", "Deployer", "--description", "Deploys")).output).toEqual({
    Role: expect.objectContaining({ Description: "Deploys", MaxSessionDuration: 3600 }),
  });
  const listed = (prefix: string) => aws("iam", "list-roles", "--path-prefix", prefix);
  expect((await listed("/la")).output).toEqual({ Roles: [expect.objectContaining({ RoleName: "Deployer", AssumeRolePolicyDocument: trust })] });
  expect((await listed("/other/")).output).toEqual({ Roles: [] });

  const ghost = `arn:aws:iam::${account.accountId}:user/ghost`;
  const cases: [string[], { code: string; message: string }][] = [
    [["create-role", "--role-name", "DEPLOYER", "--assume-role-policy-document", JSON.stringify(trust)],
      { code: "EntityAlreadyExists", message: "Role with name DEPLOYER already exists." }],
    [["create-role", "--role-name", "Bad", "--assume-role-policy-document", "{not json"],
      { code: "MalformedPolicyDocument", message: "This policy contains invalid Json" }],
    [["create-role", "--role-name", "Bad", "--assume-role-policy-document", JSON.stringify(trustPolicy(ghost))],
      { code: "MalformedPolicyDocument", message: `Invalid principal in policy: "AWS":"${ghost}"` }],
    [["create-role", "--role-name", "bad name!", "--assume-role-policy-document", JSON.stringify(trust)],
      { code: "ValidationError", message: "1 validation error detected: Value at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+" }],
    [["create-role", "--role-name", "Bad", "--assume-role-policy-document", JSON.stringify(trust), "--max-session-duration", "43201"],
      { code: "ValidationError", message: "1 validation error detected: Value at 'maxSessionDuration' failed to satisfy constraint: Member must have value less than or equal to 43200" }],
    [["get-role", "--role-name", "Nobody"], { code: "NoSuchEntity", message: "The role with name Nobody cannot be found." }],
    [["update-assume-role-policy", "--role-name", "Deployer", "--policy-document", JSON.stringify({ ...trust, Statement: [{ ...trust.Statement[0], Action: "iam:ListUsers" }] })],
      { code: "MalformedPolicyDocument", message: "AssumeRole policy may only specify STS AssumeRole actions." }],
  ];
  const results = await Promise.all(cases.map(([args]) => aws("iam", ...(args as [string, ...string[]]))));
  results.forEach((result, i) => expect(result.error, cases[i][0].join(" ")).toEqual(cases[i][1]));

  const summary = (await aws("iam", "get-account-summary")).output as { SummaryMap: Record<string, number> };
  expect(Object.keys(summary.SummaryMap)).toHaveLength(34);
  expect(summary.SummaryMap).toMatchObject({ Users: 1, Roles: 1, RolesQuota: 1000, AssumeRolePolicySizeQuota: 2048 });
  expect(await aws("iam", "delete-role", "--role-name", "Deployer")).toEqual({ output: null });
  expect((await aws("iam", "get-role", "--role-name", "Deployer")).error?.code).toBe("NoSuchEntity");
});

test("the AWS CLI: AssumeRole of a role that requires MFA, refused without a code, granted with one; GetCallerIdentity as the session", async ({ account }, testInfo) => {
  const aws = awsCli(target);
  const userArn = ((await aws("iam", "create-user", "--user-name", "Ops")).output as { User: { Arn: string } }).User.Arn;
  const key = ((await aws("iam", "create-access-key", "--user-name", "Ops")).output as { AccessKey: { AccessKeyId: string; SecretAccessKey: string } }).AccessKey;
  const seedFile = testInfo.outputPath("ops-seed.txt");
  await aws("iam", "create-virtual-mfa-device", "--virtual-mfa-device-name", "Ops", "--outfile", seedFile, "--bootstrap-method", "Base32StringSeed");
  const serial = `arn:aws:iam::${account.accountId}:mfa/Ops`;
  const seed = fs.readFileSync(seedFile, "ascii");
  const [previous, current] = await oathtoolCodes(seed, -1, 2);
  await aws("iam", "enable-mfa-device", "--user-name", "Ops", "--serial-number", serial, "--authentication-code1", previous, "--authentication-code2", current);
  await aws("iam", "create-role", "--role-name", "NeedsMfa", "--assume-role-policy-document", JSON.stringify(trustPolicy(userArn, true)));
  const roleArn = `arn:aws:iam::${account.accountId}:role/NeedsMfa`;

  const asOps = awsCli({ ...target, credentials: { accessKeyId: key.AccessKeyId, secretAccessKey: key.SecretAccessKey } });
  // Independent refusals, one CLI process each, at once.
  expect(await Promise.all([
    asOps("sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "ops"),
    asOps("sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "has space"),
    aws("sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "root"),
  ])).toEqual([
    { error: { code: "AccessDenied", message: notAuthorized(userArn, roleArn) } },
    { error: { code: "ValidationError", message: "1 validation error detected: Value 'has space' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*" } },
    { error: { code: "AccessDenied", message: "Roles may not be assumed by root accounts." } },
  ]);
  // The code of the step after the one EnableMFADevice accepted last.
  const [code] = await oathtoolCodes(seed, 1);
  const assumed = await asOps("sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "ops", "--serial-number", serial, "--token-code", code);
  const sessionArn = `arn:aws:sts::${account.accountId}:assumed-role/NeedsMfa/ops`;
  expect(assumed.output).toEqual({
    Credentials: { AccessKeyId: expect.stringMatching(/^ASIA[A-Z2-7]{16}$/), SecretAccessKey: expect.any(String), SessionToken: expect.any(String), Expiration: expect.any(String) },
    AssumedRoleUser: { AssumedRoleId: expect.stringMatching(/^AROA[A-Z2-7]{17}:ops$/), Arn: sessionArn },
  });
  expect(await asOps("sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "again", "--serial-number", serial, "--token-code", code)).toEqual({
    error: { code: "AccessDenied", message: "MultiFactorAuthentication failed with invalid MFA one time pass code." },
  });

  // Without the MFA condition, a session longer than the role's maximum is refused as AWS refuses it.
  await aws("iam", "update-assume-role-policy", "--role-name", "NeedsMfa", "--policy-document", JSON.stringify(trustPolicy(userArn)));
  expect(await asOps("sts", "assume-role", "--role-arn", roleArn, "--role-session-name", "ops", "--duration-seconds", "7200")).toEqual({
    error: { code: "ValidationError", message: "The requested DurationSeconds exceeds the MaxSessionDuration set for this role." },
  });

  const { Credentials: c, AssumedRoleUser: user } = assumed.output as { Credentials: Record<string, string>; AssumedRoleUser: { AssumedRoleId: string } };
  const asSession = awsCli({ ...target, credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken } });
  expect((await asSession("sts", "get-caller-identity")).output).toEqual({ UserId: user.AssumedRoleId, Account: account.accountId, Arn: sessionArn });
  expect((await asSession("iam", "list-roles")).error?.code).toBe("AccessDenied");
  const used = (await aws("iam", "get-role", "--role-name", "NeedsMfa")).output as { Role: { RoleLastUsed: Record<string, string> } };
  expect(used.Role.RoleLastUsed).toEqual({ LastUsedDate: expect.any(String), Region: "us-east-1" });
});

test("boto3: a role's lifecycle, and AssumeRole with MFA as an IAM user", async ({ account }) => {
  const steps = (await boto3Script(target, "roles.py", { user: "Ana", role: "NeedsMfa" })) as Record<string, Boto3Result> & { user_arn: string };
  const roleArn = `arn:aws:iam::${account.accountId}:role/lab/NeedsMfa`;
  const sessionArn = `arn:aws:sts::${account.accountId}:assumed-role/NeedsMfa/with-mfa`;
  const ok = (response: Record<string, unknown> = {}) => ({ response: expect.objectContaining(response) });
  const error = (code: string, status: number, message: string) => ({ error: { code, status, message } });
  expect(steps).toMatchObject({
    create_role: ok({ Role: expect.objectContaining({ Arn: roleArn, MaxSessionDuration: 7200, AssumeRolePolicyDocument: expect.objectContaining({ Version: "2012-10-17" }) }) }),
    create_role_again: error("EntityAlreadyExists", 409, "Role with name NEEDSMFA already exists."),
    create_role_malformed: error("MalformedPolicyDocument", 400, "This policy contains invalid Json"),
    create_role_too_long: error("ValidationError", 400,
      "1 validation error detected: Value at 'maxSessionDuration' failed to satisfy constraint: Member must have value less than or equal to 43200"),
    get_role: ok({ Role: expect.objectContaining({ Description: "Needs MFA", RoleLastUsed: {}, Tags: [{ Key: "team", Value: "blue" }] }) }),
    list_roles: { response: { Roles: [expect.objectContaining({ RoleName: "NeedsMfa" })], IsTruncated: false } },
    list_roles_other_prefix: { response: { Roles: [], IsTruncated: false } },
    list_role_tags: { response: { Tags: [{ Key: "stage", Value: "lab" }], IsTruncated: false } },
    update_role: ok(),
    update_role_description: ok({ Role: expect.objectContaining({ Description: "Needs MFA, really", MaxSessionDuration: 3600 }) }),
    assume_without_mfa: error("AccessDenied", 403, notAuthorized(steps.user_arn, roleArn)),
    assume_bad_session_name: error("ValidationError", 400,
      "1 validation error detected: Value 'has space' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*"),
    assume_too_long: error("ValidationError", 400, "The requested DurationSeconds exceeds the MaxSessionDuration set for this role."),
    assume: ok({ AssumedRoleUser: { AssumedRoleId: expect.stringMatching(/^AROA[A-Z2-7]{17}:with-mfa$/), Arn: sessionArn } }),
    assume_replayed: error("AccessDenied", 403, "MultiFactorAuthentication failed with invalid MFA one time pass code."),
    session_identity: ok({ Arn: sessionArn, Account: account.accountId, UserId: expect.stringMatching(/:with-mfa$/) }),
    session_list_roles: { error: expect.objectContaining({ code: "AccessDenied", status: 403 }) },
    get_role_used: ok({ Role: expect.objectContaining({ RoleLastUsed: { LastUsedDate: expect.any(String), Region: "us-east-1" } }) }),
    update_assume_role_policy: ok(),
    assume_after_update: ok({ AssumedRoleUser: expect.objectContaining({ Arn: `arn:aws:sts::${account.accountId}:assumed-role/NeedsMfa/no-mfa-now` }) }),
    delete_role: ok(),
    get_role_deleted: error("NoSuchEntity", 404, "The role with name NeedsMfa cannot be found."),
  });
});

test("the JS SDK: CreateRole, GetRole with the trust policy URL-encoded, AssumeRole, GetCallerIdentity as the session", async ({ account }) => {
  const iam = iamClient(target.baseURL, target.credentials);
  const { User: user } = await iam.send(new CreateUserCommand({ UserName: "SdkUser" }));
  const { AccessKey: key } = await iam.send(new CreateAccessKeyCommand({ UserName: "SdkUser" }));
  const trust = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: user!.Arn! }, Action: "sts:AssumeRole" }] });
  const { Role: created } = await iam.send(new CreateRoleCommand({ RoleName: "SdkRole", AssumeRolePolicyDocument: trust }));
  expect(created).toMatchObject({ RoleName: "SdkRole", Arn: `arn:aws:iam::${account.accountId}:role/SdkRole`, MaxSessionDuration: 3600 });
  const { Role: got } = await iam.send(new GetRoleCommand({ RoleName: "SdkRole" }));
  expect(decodeURIComponent(got!.AssumeRolePolicyDocument!)).toBe(trust);
  expect((await iam.send(new ListRolesCommand({}))).Roles).toHaveLength(1);
  const refused = await iam.send(new CreateRoleCommand({ RoleName: "SdkRole", AssumeRolePolicyDocument: trust })).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(IAMServiceException);
  expect(refused).toMatchObject({ name: "EntityAlreadyExistsException", message: "Role with name SdkRole already exists.", $metadata: { httpStatusCode: 409 } });

  const asRoot = await stsClient(target.baseURL, target.credentials).send(new AssumeRoleCommand({ RoleArn: created!.Arn!, RoleSessionName: "root" })).catch((e: unknown) => e);
  expect(asRoot).toBeInstanceOf(STSServiceException);
  expect(asRoot).toMatchObject({ name: "AccessDenied", message: "Roles may not be assumed by root accounts.", $metadata: { httpStatusCode: 403 } });

  const asUser = stsClient(target.baseURL, { accessKeyId: key!.AccessKeyId!, secretAccessKey: key!.SecretAccessKey! });
  const assumed = await asUser.send(new AssumeRoleCommand({ RoleArn: created!.Arn!, RoleSessionName: "sdk", DurationSeconds: 900 }));
  const sessionArn = `arn:aws:sts::${account.accountId}:assumed-role/SdkRole/sdk`;
  expect(assumed.AssumedRoleUser).toEqual({ AssumedRoleId: `${created!.RoleId}:sdk`, Arn: sessionArn });
  const c = assumed.Credentials!;
  const asSession = stsClient(target.baseURL, { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! });
  expect(await asSession.send(new GetCallerIdentityCommand({}))).toMatchObject({ UserId: `${created!.RoleId}:sdk`, Account: account.accountId, Arn: sessionArn });
});
