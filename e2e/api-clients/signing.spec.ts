import { expect, test } from "../support/fixtures";
import { type ApiTarget, awsCli, boto3 } from "./clients";

// SigV4 as the AWS CLI v2 and boto3 sign it (content-type;host;x-amz-date), against the lab's server.
test.use({ sandbox: { users: [], accessKey: true } });

let target: ApiTarget;
test.beforeEach(({ account }, testInfo) => {
  target = { baseURL: testInfo.project.use.baseURL!, credentials: account.accessKey! };
});

test("the AWS CLI and boto3 are answered: GetUser and ListMFADevices with the sandbox's root key", async ({ account }) => {
  const aws = awsCli(target);
  const rootArn = `arn:aws:iam::${account.accountId}:root`;
  expect(await aws("iam", "get-user")).toEqual({ output: { User: expect.objectContaining({ UserId: account.accountId, Arn: rootArn }) } });
  // The CLI pages through lists itself, and leaves IsTruncated out.
  expect(await aws("iam", "list-mfa-devices")).toEqual({ output: { MFADevices: [] } });

  const [user, devices] = await boto3(target, ["iam", "get_user"], ["iam", "list_mfa_devices"]);
  expect(user.response?.User).toMatchObject({ UserId: account.accountId, Arn: rootArn });
  expect(devices).toEqual({ response: { MFADevices: [], IsTruncated: false } });
});

test("a client set to another region is told to sign IAM for us-east-1; STS takes any region", async ({ account }) => {
  const seoul = { ...target, region: "ap-northeast-2" };
  const refused = {
    code: "SignatureDoesNotMatch",
    message: expect.stringMatching(/^Credential should be scoped to a valid region, not 'ap-northeast-2'\. .*--region us-east-1/),
  };
  expect(await awsCli(seoul)("iam", "get-user")).toEqual({ error: refused });
  expect((await awsCli(seoul)("sts", "get-caller-identity")).output).toMatchObject({ Account: account.accountId });

  const [user, identity] = await boto3(seoul, ["iam", "get_user"], ["sts", "get_caller_identity"]);
  expect(user).toEqual({ error: { ...refused, status: 403 } });
  expect(identity.response).toMatchObject({ Account: account.accountId });
});

test("a wrong secret or an unknown key is refused as AWS refuses it", async () => {
  const wrongSecret = { ...target, credentials: { ...target.credentials, secretAccessKey: "x".repeat(40) } };
  const unknownKey = { ...target, credentials: { ...target.credentials, accessKeyId: "AKIAAAAAAAAAAAAAAAAA" } };
  const mismatch = { code: "SignatureDoesNotMatch", message: expect.stringMatching(/^The request signature we calculated does not match/) };
  const invalid = { code: "InvalidClientTokenId", message: "The security token included in the request is invalid." };
  expect(await awsCli(wrongSecret)("iam", "list-users")).toEqual({ error: mismatch });
  expect(await awsCli(unknownKey)("iam", "list-users")).toEqual({ error: invalid });
  const [bad] = await boto3(wrongSecret, ["iam", "list_users"]);
  const [unknown] = await boto3(unknownKey, ["iam", "list_users"]);
  expect(bad).toEqual({ error: { ...mismatch, status: 403 } });
  expect(unknown).toEqual({ error: { ...invalid, status: 403 } });
});
