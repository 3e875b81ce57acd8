import fs from "node:fs";
import { expect, test } from "../support/fixtures";
import { type ApiTarget, awsCli, oathtoolCodes } from "./clients";

// The AWS CLI v2 (/usr/bin/aws) through the MFA lifecycle with real codes (from oathtool) and through
// AWS's errors, against the lab's server. Each call is one CLI process; exit code 0 or 254 (an AWS
// error) is all the helper accepts, so an answer the CLI cannot parse fails the test.
test.use({ sandbox: { users: [], accessKey: true } });
// A CLI process costs about half a second of CPU; on a machine shared with other test runs, much more.
test.describe.configure({ timeout: 240_000 });

let target: ApiTarget;
test.beforeEach(({ account }, testInfo) => {
  target = { baseURL: testInfo.project.use.baseURL!, credentials: account.accessKey! };
});

test("the whole MFA lifecycle with real codes", async ({ account }, testInfo) => {
  const aws = awsCli(target);
  expect((await aws("iam", "create-user", "--user-name", "Bob")).output).toMatchObject({ User: { UserName: "Bob", Path: "/" } });

  // The seed as the CLI writes it: --bootstrap-method Base32StringSeed --outfile, the base32 text.
  const seedFile = testInfo.outputPath("bob-seed.txt");
  const created = await aws("iam", "create-virtual-mfa-device", "--virtual-mfa-device-name", "BobsMFADevice", "--path", "/lab/",
    "--outfile", seedFile, "--bootstrap-method", "Base32StringSeed");
  const serial = `arn:aws:iam::${account.accountId}:mfa/lab/BobsMFADevice`;
  expect(created.output).toEqual({ VirtualMFADevice: { SerialNumber: serial } });
  const seed = fs.readFileSync(seedFile, "ascii");
  expect(seed).toMatch(/^[A-Z2-7]{64}$/);

  const [previous, current] = await oathtoolCodes(seed, -1, 2);
  expect(await aws("iam", "enable-mfa-device", "--user-name", "Bob", "--serial-number", serial,
    "--authentication-code1", previous, "--authentication-code2", current)).toEqual({ output: null });
  const [listed, assigned, summary] = await Promise.all([
    aws("iam", "list-mfa-devices", "--user-name", "Bob"),
    aws("iam", "list-virtual-mfa-devices", "--assignment-status", "Assigned"),
    aws("iam", "get-account-summary"),
  ]);
  expect(listed.output).toEqual({ MFADevices: [{ UserName: "Bob", SerialNumber: serial, EnableDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }] });
  expect(assigned.output).toEqual({ VirtualMFADevices: [expect.objectContaining({ SerialNumber: serial, User: expect.objectContaining({ UserName: "Bob" }) })] });
  expect(summary.output).toMatchObject({ SummaryMap: { Users: 1, MFADevices: 1, MFADevicesInUse: 1, AccountMFAEnabled: 0 } });

  // Spent codes do not resync; the next two do.
  const spent = await aws("iam", "resync-mfa-device", "--user-name", "Bob", "--serial-number", serial,
    "--authentication-code1", previous, "--authentication-code2", current);
  expect(spent).toEqual({ error: { code: "InvalidAuthenticationCode", message: "Authentication code for device is not valid." } });
  const [next, afterNext] = await oathtoolCodes(seed, 1, 2);
  expect(await aws("iam", "resync-mfa-device", "--user-name", "Bob", "--serial-number", serial,
    "--authentication-code1", next, "--authentication-code2", afterNext)).toEqual({ output: null });

  expect(await Promise.all([aws("iam", "delete-user", "--user-name", "Bob"), aws("iam", "delete-virtual-mfa-device", "--serial-number", serial)])).toEqual([
    { error: { code: "DeleteConflict", message: "Cannot delete entity, must delete MFA device first." } },
    { error: { code: "DeleteConflict", message: "MFA VirtualDevice in use. Must deactivate first" } },
  ]);
  await aws("iam", "deactivate-mfa-device", "--user-name", "Bob", "--serial-number", serial);
  expect((await aws("iam", "list-virtual-mfa-devices", "--assignment-status", "Unassigned")).output).toEqual({ VirtualMFADevices: [{ SerialNumber: serial }] });
  await aws("iam", "delete-virtual-mfa-device", "--serial-number", serial);
  expect(await aws("iam", "delete-user", "--user-name", "Bob")).toEqual({ output: null });
});

test("AWS's errors, as the CLI reports them, and nothing changed by them", async ({ account }) => {
  const aws = awsCli(target);
  await aws("iam", "create-user", "--user-name", "Ann");
  const { output } = await aws("iam", "create-virtual-mfa-device", "--virtual-mfa-device-name", "shared", "--outfile", "/dev/null", "--bootstrap-method", "QRCodePNG");
  const serial = (output as { VirtualMFADevice: { SerialNumber: string } }).VirtualMFADevice.SerialNumber;
  const unknown = `arn:aws:iam::${account.accountId}:mfa/nothing`;

  const cases: [string[], { code: string; message: string | RegExp }][] = [
    [["get-user", "--user-name", "Nobody"], { code: "NoSuchEntity", message: "The user with name Nobody cannot be found." }],
    [["delete-virtual-mfa-device", "--serial-number", unknown], { code: "NoSuchEntity", message: `MFA Device with serial number ${unknown} does not exist.` }],
    [["create-user", "--user-name", "Ann"], { code: "EntityAlreadyExists", message: "User with name Ann already exists." }],
    [["create-virtual-mfa-device", "--virtual-mfa-device-name", "shared", "--outfile", "/dev/null", "--bootstrap-method", "QRCodePNG"],
      { code: "EntityAlreadyExists", message: "MFA device already exists." }],
    [["enable-mfa-device", "--user-name", "Ann", "--serial-number", serial, "--authentication-code1", "123456", "--authentication-code2", "123456"],
      { code: "InvalidAuthenticationCode", message: "Authentication code for device is not valid." }],
    [["create-user", "--user-name", "bad name!"],
      { code: "ValidationError", message: "1 validation error detected: Value at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+" }],
    [["create-user", "--user-name", "x", "--path", "no-slashes"],
      { code: "ValidationError", message: "The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters." }],
    [["list-open-id-connect-providers"], { code: "InvalidAction", message: "Could not find operation ListOpenIDConnectProviders for version 2010-05-08" }],
  ];
  // Independent calls, one CLI process each, at once.
  const results = await Promise.all(cases.map(([args]) => aws("iam", ...(args as [string, ...string[]]))));
  results.forEach((result, i) => expect(result.error, cases[i][0].join(" ")).toMatchObject(cases[i][1]));

  // The sandbox's key and one more make two: AWS's quota.
  expect((await aws("iam", "create-access-key")).output).toMatchObject({ AccessKey: { Status: "Active" } });
  expect(await aws("iam", "create-access-key")).toEqual({ error: { code: "LimitExceeded", message: "Cannot exceed quota for AccessKeysPerUser: 2" } });
  expect((await aws("iam", "list-users")).output).toEqual({ Users: [expect.objectContaining({ UserName: "Ann" })] });
  expect((await aws("iam", "list-mfa-devices", "--user-name", "Ann")).output).toEqual({ MFADevices: [] });
});

test("tags; a tag value with a control character is refused, and the device's listing stays parseable", async () => {
  const aws = awsCli(target);
  const { output } = await aws("iam", "create-virtual-mfa-device", "--virtual-mfa-device-name", "tagged", "--outfile", "/dev/null", "--bootstrap-method", "QRCodePNG",
    "--tags", "Key=team,Value=lab 1", "Key=class,Value=2021");
  const serial = (output as { VirtualMFADevice: { SerialNumber: string } }).VirtualMFADevice.SerialNumber;
  // As JSON: the CLI's shorthand syntax stops at the control character itself.
  expect(await aws("iam", "tag-mfa-device", "--serial-number", serial, "--tags", JSON.stringify([{ Key: "team", Value: "a\u0001b" }]))).toEqual({
    error: {
      code: "ValidationError",
      message: "1 validation error detected: Value at 'tags.1.member.value' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*",
    },
  });
  expect(await aws("iam", "list-mfa-device-tags", "--serial-number", serial)).toEqual({
    output: { Tags: [{ Key: "class", Value: "2021" }, { Key: "team", Value: "lab 1" }], IsTruncated: false },
  });
});
