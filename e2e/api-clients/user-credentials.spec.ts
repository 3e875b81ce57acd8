import { readFileSync } from "node:fs";
import path from "node:path";
import { CreateUserCommand, CreateVirtualMFADeviceCommand, EnableMFADeviceCommand, GetMFADeviceCommand } from "@aws-sdk/client-iam";
import { iamClient } from "../support/api";
import { expect, test } from "../support/fixtures";
import { type ApiTarget, awsCli, boto3, boto3Script, oathtoolCodes } from "./clients";

// Scripts around users' credentials through the AWS CLI v2 and boto3 (one Python process per scenario).
test.use({ sandbox: { users: [], accessKey: true } });

const fixture = (name: string) => readFileSync(path.resolve("test/fixtures/credentials", name), "utf8");

let target: ApiTarget;
test.beforeEach(({ account }, testInfo) => {
  target = { baseURL: testInfo.project.use.baseURL!, credentials: account.accessKey! };
});

type Result = { response?: Record<string, unknown>; error?: { code: string; message: string; status: number } };

test("a cleanup script walks every credential list, meets AWS's DeleteConflicts, and deletes the user", async () => {
  const result = (await boto3Script(target, "user_credentials.py", {
    scenario: "cleanup",
    userName: "leaving-learner",
    password: "Leaving-Learner-2021!",
    certificate: fixture("cert-rsa-1.pem"),
    sshPublicKey: fixture("rsa-2048.pub"),
  })) as { createdTags: unknown; conflicts: Result["error"][]; steps: string[]; final: Result; afterwards: Result };

  expect(result.createdTags).toEqual([{ Key: "team", Value: "blue" }]);
  expect(result.conflicts).toEqual([
    { code: "DeleteConflict", message: "Cannot delete entity, must delete login profile first.", status: 409 },
    { code: "DeleteConflict", message: "Cannot delete entity, must delete signing certificates first.", status: 409 },
    { code: "DeleteConflict", message: "Cannot delete entity, must delete service specific credentials first.", status: 409 },
  ]);
  expect(result.steps).toEqual(["login profile", "access key", "signing certificate", "ssh public key", "service specific credential"]);
  expect(result.final).toEqual({ response: {} });
  expect(result.afterwards.error).toEqual({ code: "NoSuchEntity", message: "The user with name leaving-learner cannot be found.", status: 404 });
});

test("a password policy set by boto3 refuses a weaker password with AWS's message, through boto3 and the AWS CLI, and keeps the old one", async () => {
  const result = (await boto3Script(target, "user_credentials.py", { scenario: "password_policy", userName: "policy-learner", password: "Policy-Learner-2021!" })) as Record<
    string,
    Result & Record<string, unknown>
  >;
  expect(result.before.error).toMatchObject({ code: "NoSuchEntity", status: 404, message: expect.stringMatching(/^The Password Policy with domain name \d{12} cannot be found\.$/) });
  expect(result.policy).toEqual({
    MinimumPasswordLength: 14,
    RequireSymbols: true,
    RequireNumbers: true,
    RequireUppercaseCharacters: true,
    RequireLowercaseCharacters: true,
    AllowUsersToChangePassword: true,
    ExpirePasswords: true,
    MaxPasswordAge: 90,
    PasswordReusePrevention: 5,
  });
  const violation = { code: "PasswordPolicyViolation", message: "Password does not conform to the account password policy.", status: 400 };
  expect(result.tooWeak.error).toEqual(violation);
  expect(result.violation.error).toEqual(violation);
  expect(result.profile).toMatchObject({ UserName: "policy-learner", PasswordResetRequired: true });
  expect(result.badPolicy.error).toEqual({
    code: "ValidationError",
    status: 400,
    message:
      "2 validation errors detected: Value at 'minimumPasswordLength' failed to satisfy constraint: Member must have value less than or equal to 128; Value at 'maxPasswordAge' failed to satisfy constraint: Member must have value less than or equal to 1095",
  });
  expect(result.policyAfterBadInput).toEqual(result.policy);

  const aws = awsCli(target);
  expect(await aws("iam", "update-login-profile", "--user-name", "policy-learner", "--password", "NoDigitsOrSymbols")).toEqual({ error: { code: violation.code, message: violation.message } });
  expect((await aws("iam", "get-login-profile", "--user-name", "policy-learner")).output).toMatchObject({ LoginProfile: { PasswordResetRequired: true } });
  expect(await aws("iam", "delete-account-password-policy")).toEqual({ output: null });
  expect((await aws("iam", "get-account-password-policy")).error).toMatchObject({ code: "NoSuchEntity" });
});

test("the credential report, read by Python's csv module, has AWS's columns and the real state of each credential", async ({ account }) => {
  await boto3(target, ["iam", "create_user", { UserName: "reported" }], ["iam", "create_login_profile", { UserName: "reported", Password: "Reported-Learner-1!" }]);
  const result = (await boto3Script(target, "user_credentials.py", { scenario: "credential_report" })) as {
    missing: Result;
    states: string[];
    format: string;
    columns: string[];
    rows: Record<string, string>[];
  };
  expect(result.missing.error).toMatchObject({ code: "ReportNotPresent", status: 410 });
  expect(result.states).toEqual(["STARTED", "COMPLETE"]);
  expect(result.format).toBe("text/csv");
  expect(result.columns).toEqual([
    "user", "arn", "user_creation_time", "password_enabled", "password_last_used", "password_last_changed", "password_next_rotation", "mfa_active",
    "access_key_1_active", "access_key_1_last_rotated", "access_key_1_last_used_date", "access_key_1_last_used_region", "access_key_1_last_used_service",
    "access_key_2_active", "access_key_2_last_rotated", "access_key_2_last_used_date", "access_key_2_last_used_region", "access_key_2_last_used_service",
    "cert_1_active", "cert_1_last_rotated", "cert_2_active", "cert_2_last_rotated",
  ]);
  const [rootRow, userRow] = result.rows;
  expect(rootRow).toMatchObject({
    user: "<root_account>",
    arn: `arn:aws:iam::${account.accountId}:root`,
    password_enabled: "not_supported",
    access_key_1_active: "true",
    access_key_1_last_used_service: "iam",
    access_key_1_last_used_region: "us-east-1",
  });
  expect(userRow).toMatchObject({ user: "reported", password_enabled: "true", password_last_used: "no_information", mfa_active: "false", access_key_1_active: "false" });
});

test("the root user asks for 12 hours and gets one; its session credentials without MFA are refused by IAM as AWS refuses them", async ({ account }) => {
  const result = (await boto3Script(target, "user_credentials.py", { scenario: "sessions" })) as { seconds: number; iam: Result; sts: Result; keyInfo: Result };
  expect(result.seconds).toBeGreaterThan(3590);
  expect(result.seconds).toBeLessThanOrEqual(3601);
  expect(result.iam.error).toEqual({ code: "InvalidClientTokenId", message: "The security token included in the request is invalid", status: 403 });
  expect(result.sts.response).toMatchObject({ Account: account.accountId });
  expect(result.keyInfo.response).toEqual({ Account: account.accountId });
  expect((await awsCli(target)("sts", "get-access-key-info", "--access-key-id", target.credentials.accessKeyId)).output).toEqual({ Account: account.accountId });
});

test("GetAccessKeyLastUsed answers N/A before a key's first call, then the call's date, service and region", async () => {
  const result = (await boto3Script(target, "user_credentials.py", { scenario: "last_used", userName: "key-user" })) as {
    before: Record<string, unknown>;
    after: { AccessKeyLastUsed: { LastUsedDate: string; ServiceName: string; Region: string } };
  };
  expect(result.before).toEqual({ UserName: "key-user", AccessKeyLastUsed: { ServiceName: "N/A", Region: "N/A" } });
  expect(result.after.AccessKeyLastUsed).toMatchObject({ ServiceName: "sts", Region: "eu-west-1" });
  expect(Date.now() - Date.parse(result.after.AccessKeyLastUsed.LastUsedDate)).toBeLessThan(60_000);
});

test("users: UpdateUser renames and moves, tags through the CLI, PathPrefix as a prefix, and a rejected tag request changes nothing", async ({ account }) => {
  const aws = awsCli(target);
  await aws("iam", "create-user", "--user-name", "mover", "--tags", "Key=team,Value=red");
  expect(await aws("iam", "update-user", "--user-name", "mover", "--new-user-name", "moved", "--new-path", "/division/")).toEqual({ output: null });
  expect((await aws("iam", "get-user", "--user-name", "moved")).output).toEqual({
    User: expect.objectContaining({ UserName: "moved", Path: "/division/", Arn: `arn:aws:iam::${account.accountId}:user/division/moved`, Tags: [{ Key: "team", Value: "red" }] }),
  });
  expect((await aws("iam", "list-users", "--path-prefix", "/div")).output).toMatchObject({ Users: [expect.objectContaining({ UserName: "moved" })] });
  const tooMany = Array.from({ length: 51 }, (_, i) => `Key=k${i},Value=v`);
  expect((await aws("iam", "tag-user", "--user-name", "moved", "--tags", ...tooMany)).error).toEqual({
    code: "ValidationError",
    message: "1 validation error detected: Value at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50",
  });
  expect(await aws("iam", "tag-user", "--user-name", "moved", "--tags", "Key=TEAM,Value=blue", "Key=owner,Value=ana")).toEqual({ output: null });
  expect((await aws("iam", "list-user-tags", "--user-name", "moved")).output).toEqual({ Tags: [{ Key: "owner", Value: "ana" }, { Key: "TEAM", Value: "blue" }] });
  const [untag, tags] = await boto3(target, ["iam", "untag_user", { UserName: "moved", TagKeys: ["team"] }], ["iam", "list_user_tags", { UserName: "moved" }]);
  expect(untag).toEqual({ response: {} });
  expect(tags.response).toEqual({ Tags: [{ Key: "owner", Value: "ana" }], IsTruncated: false });
});

test("GetMFADevice (JS SDK v3: Debian's botocore predates it) answers for an assigned virtual device, NoSuchEntity otherwise", async ({ account }) => {
  const iam = iamClient(target.baseURL, target.credentials);
  await iam.send(new CreateUserCommand({ UserName: "mfa-user" }));
  const { VirtualMFADevice } = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: "mfa-user-device" }));
  const serial = VirtualMFADevice!.SerialNumber!;
  const missing = await iam.send(new GetMFADeviceCommand({ SerialNumber: serial, UserName: "mfa-user" })).catch((error: Error) => error);
  expect(missing).toMatchObject({ name: "NoSuchEntityException", message: `MFA Device with serial number ${serial} does not exist.` });
  const seed = Buffer.from(VirtualMFADevice!.Base32StringSeed!).toString("ascii");
  const [code1, code2] = await oathtoolCodes(seed, -1, 2);
  await iam.send(new EnableMFADeviceCommand({ UserName: "mfa-user", SerialNumber: serial, AuthenticationCode1: code1, AuthenticationCode2: code2 }));
  const device = await iam.send(new GetMFADeviceCommand({ SerialNumber: serial, UserName: "mfa-user" }));
  expect(device).toMatchObject({ UserName: "mfa-user", SerialNumber: `arn:aws:iam::${account.accountId}:mfa/mfa-user-device`, EnableDate: expect.any(Date) });
  expect(device.Certifications).toBeUndefined();
});
