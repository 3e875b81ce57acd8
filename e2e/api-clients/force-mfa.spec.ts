import fs from "node:fs";
import { rootOf, signInWithoutUi } from "../support/accounts";
import { expect, test } from "../support/fixtures";
import { type ApiTarget, awsCli, boto3, oathtoolCodes } from "./clients";

// The force-MFA lesson with the clients learners use: once "Require MFA for API calls" attaches
// Force_MFA, an administrator's long-term keys are denied with AWS's message, by the AWS CLI
// (/usr/bin/aws) and boto3 alike, and the credentials of GetSessionToken with a code are not.
test.use({ sandbox: { users: [{ userName: "ops", administrator: true }], accessKey: true } });
test.describe.configure({ timeout: 240_000 });

test("an administrator's keys are denied without MFA and allowed with GetSessionToken's credentials", async ({ page, account }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL!;
  const asRoot = awsCli({ baseURL, credentials: account.accessKey! });
  const keys = (await asRoot("iam", "create-access-key", "--user-name", "ops")).output as { AccessKey: { AccessKeyId: string; SecretAccessKey: string } };
  const seedFile = testInfo.outputPath("ops-seed.txt");
  await asRoot("iam", "create-virtual-mfa-device", "--virtual-mfa-device-name", "ops", "--outfile", seedFile, "--bootstrap-method", "Base32StringSeed");
  const serial = `arn:aws:iam::${account.accountId}:mfa/ops`;
  const seed = fs.readFileSync(seedFile, "ascii");
  const [previous, current, next] = await oathtoolCodes(seed, -1, 3);
  await asRoot("iam", "enable-mfa-device", "--user-name", "ops", "--serial-number", serial, "--authentication-code1", previous, "--authentication-code2", current);

  await signInWithoutUi(page, rootOf(account));
  await page.goto("/iam/account-settings");
  await page.getByRole("checkbox", { name: /Require MFA for API calls/ }).check();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: /Require MFA for API calls/ })).toBeChecked();

  const ops: ApiTarget = { baseURL, credentials: { accessKeyId: keys.AccessKey.AccessKeyId, secretAccessKey: keys.AccessKey.SecretAccessKey } };
  const message = `User: arn:aws:iam::${account.accountId}:user/ops is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::${account.accountId}:user/ with an explicit deny in an identity-based policy: arn:aws:iam::${account.accountId}:policy/Force_MFA`;
  expect(await awsCli(ops)("iam", "list-users")).toEqual({ error: { code: "AccessDenied", message } });
  const [denied] = await boto3(ops, ["iam", "list_users"]);
  expect(denied.error).toMatchObject({ code: "AccessDenied", message, status: 403 });

  const session = (await awsCli(ops)("sts", "get-session-token", "--serial-number", serial, "--token-code", next)).output as {
    Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string };
  };
  const withMfa: ApiTarget = {
    baseURL,
    credentials: { accessKeyId: session.Credentials.AccessKeyId, secretAccessKey: session.Credentials.SecretAccessKey, sessionToken: session.Credentials.SessionToken },
  };
  expect((await awsCli(withMfa)("iam", "list-users")).output).toMatchObject({ Users: [expect.objectContaining({ UserName: "ops" })] });

  // boto3 with the same MFA session's credentials (a code is accepted once: one session for both).
  const [listed] = await boto3(withMfa, ["iam", "list_users"]);
  expect(listed.response).toMatchObject({ Users: [expect.objectContaining({ UserName: "ops" })] });
});
