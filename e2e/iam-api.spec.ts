import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  DeactivateMFADeviceCommand,
  DeleteUserCommand,
  DeleteVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  GetAccountSummaryCommand,
  GetUserCommand,
  ListMFADevicesCommand,
  ListMFADeviceTagsCommand,
  ListUsersCommand,
  ListVirtualMFADevicesCommand,
  ResyncMFADeviceCommand,
  TagMFADeviceCommand,
  UntagMFADeviceCommand,
  UpdateAccessKeyCommand,
} from "@aws-sdk/client-iam";
import { GetCallerIdentityCommand, GetSessionTokenCommand } from "@aws-sdk/client-sts";
import { signQuery } from "../test/support/sign-query";
import { rootOf, type SandboxAccount, signInWithoutUi } from "./support/accounts";
import { createAccessKeyInConsole, type Credentials, iamClient, stsClient } from "./support/api";
import { expect, test } from "./support/fixtures";
import { assignRootVirtualMfa } from "./support/mfa";
import { decodeQrDataUrl, totpCode } from "./support/totp";

let baseURL: string;
test.beforeEach(({}, testInfo) => {
  baseURL = testInfo.project.use.baseURL!;
});

async function rootKey(page: import("@playwright/test").Page, account: SandboxAccount): Promise<Credentials> {
  await signInWithoutUi(page, rootOf(account));
  return createAccessKeyInConsole(page);
}

/** The error an SDK call fails with: its name (AWS's code), message and HTTP status. */
async function awsError(promise: Promise<unknown>) {
  const error = await promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (e: { name: string; message: string; $metadata?: { httpStatusCode?: number } }) => e,
  );
  return { name: error.name, message: error.message, status: error.$metadata?.httpStatusCode };
}

/** A request the SDK would never send (unknown action, no Version), signed as SigV4 with the same signer. */
async function signedFetch(credentials: Credentials, body: string) {
  const endpoint = `${baseURL}/api/iam`;
  return fetch(endpoint, { method: "POST", headers: await signQuery(endpoint, credentials, body), body });
}

test.describe("the IAM Query API through the AWS SDK", () => {
  test("the whole MFA lifecycle with real codes, and the summary counters", async ({ page, account }) => {
    const iam = iamClient(baseURL, await rootKey(page, account));
    const before = (await iam.send(new GetAccountSummaryCommand({}))).SummaryMap!;
    expect(before).toMatchObject({ Users: 0, MFADevices: 0, MFADevicesInUse: 0, AccountMFAEnabled: 0 });

    await iam.send(new CreateUserCommand({ UserName: "Bob" }));
    const created = (await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: "BobsMFADevice", Path: "/lab/" })))
      .VirtualMFADevice!;
    expect(created.SerialNumber).toBe(`arn:aws:iam::${account.accountId}:mfa/lab/BobsMFADevice`);
    const seed = Buffer.from(created.Base32StringSeed!).toString("ascii");
    expect(seed).toMatch(/^[A-Z2-7]{64}$/);
    const qr = decodeQrDataUrl(`data:image/png;base64,${Buffer.from(created.QRCodePNG!).toString("base64")}`);
    expect(qr).toContain(`secret=${seed}`);
    expect(qr).toContain("Amazon%20Web%20Services:BobsMFADevice");

    await iam.send(
      new EnableMFADeviceCommand({
        UserName: "Bob",
        SerialNumber: created.SerialNumber,
        AuthenticationCode1: totpCode(seed, -1),
        AuthenticationCode2: totpCode(seed, 0),
      }),
    );
    const listed = (await iam.send(new ListMFADevicesCommand({ UserName: "Bob" }))).MFADevices!;
    expect(listed).toEqual([expect.objectContaining({ UserName: "Bob", SerialNumber: created.SerialNumber })]);
    const assigned = (await iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: "Assigned" }))).VirtualMFADevices!;
    expect(assigned.map((device) => device.User?.UserName)).toEqual(["Bob"]);
    expect((await iam.send(new GetAccountSummaryCommand({}))).SummaryMap).toMatchObject({ Users: 1, MFADevices: 1, MFADevicesInUse: 1 });

    // Spent codes do not resync; the next pair does.
    expect(
      await awsError(
        iam.send(
          new ResyncMFADeviceCommand({ UserName: "Bob", SerialNumber: created.SerialNumber, AuthenticationCode1: totpCode(seed, -1), AuthenticationCode2: totpCode(seed, 0) }),
        ),
      ),
    ).toMatchObject({ name: "InvalidAuthenticationCodeException", status: 403, message: "Authentication code for device is not valid." });
    await iam.send(
      new ResyncMFADeviceCommand({ UserName: "Bob", SerialNumber: created.SerialNumber, AuthenticationCode1: totpCode(seed, 1), AuthenticationCode2: totpCode(seed, 2) }),
    );

    expect(await awsError(iam.send(new DeleteUserCommand({ UserName: "Bob" })))).toMatchObject({
      name: "DeleteConflictException",
      status: 409,
      message: "Cannot delete entity, must delete MFA device first.",
    });
    expect(await awsError(iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: created.SerialNumber })))).toMatchObject({
      name: "DeleteConflictException",
      message: "MFA VirtualDevice in use. Must deactivate first",
    });
    await iam.send(new DeactivateMFADeviceCommand({ UserName: "Bob", SerialNumber: created.SerialNumber }));
    expect((await iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: "Unassigned" }))).VirtualMFADevices).toEqual([
      { SerialNumber: created.SerialNumber },
    ]);
    await iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: created.SerialNumber }));
    await iam.send(new DeleteUserCommand({ UserName: "Bob" }));
    expect((await iam.send(new GetAccountSummaryCommand({}))).SummaryMap).toMatchObject({ Users: 0, MFADevices: 0, MFADevicesInUse: 0 });
  });

  test("AWS's errors for bad codes, unknown entities, devices in use and bad parameters, changing nothing", async ({ page, account }) => {
    const iam = iamClient(baseURL, await rootKey(page, account));
    await iam.send(new CreateUserCommand({ UserName: "Ann" }));
    await iam.send(new CreateUserCommand({ UserName: "Ben" }));
    const { SerialNumber, Base32StringSeed } = (await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: "shared" }))).VirtualMFADevice!;
    const seed = Buffer.from(Base32StringSeed!).toString("ascii");

    const wrong = { UserName: "Ann", SerialNumber, AuthenticationCode1: totpCode(seed, 0), AuthenticationCode2: totpCode(seed, 0) };
    expect(await awsError(iam.send(new EnableMFADeviceCommand(wrong)))).toMatchObject({ name: "InvalidAuthenticationCodeException", status: 403 });
    expect((await iam.send(new ListMFADevicesCommand({ UserName: "Ann" }))).MFADevices).toEqual([]);

    await iam.send(new EnableMFADeviceCommand({ ...wrong, AuthenticationCode1: totpCode(seed, -1) }));
    expect(
      await awsError(iam.send(new EnableMFADeviceCommand({ ...wrong, UserName: "Ben", AuthenticationCode1: totpCode(seed, 1), AuthenticationCode2: totpCode(seed, 2) }))),
    ).toMatchObject({ name: "EntityAlreadyExistsException", status: 409, message: "MFA Device is already in use." });
    expect(await awsError(iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: "shared" })))).toMatchObject({
      name: "EntityAlreadyExistsException",
      message: "MFA device already exists.",
    });
    const unknown = `arn:aws:iam::${account.accountId}:mfa/nothing`;
    expect(await awsError(iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: unknown })))).toMatchObject({
      name: "NoSuchEntityException",
      status: 404,
      message: `MFA Device with serial number ${unknown} does not exist.`,
    });
    expect(await awsError(iam.send(new EnableMFADeviceCommand({ ...wrong, UserName: "Nobody" })))).toMatchObject({
      name: "NoSuchEntityException",
      message: "The user with name Nobody cannot be found.",
    });
    expect(await awsError(iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: "x", Path: "no-slashes" })))).toMatchObject({
      name: "ValidationError",
      status: 400,
      message: expect.stringContaining("The specified value for path is invalid."),
    });
    expect(await awsError(iam.send(new EnableMFADeviceCommand({ ...wrong, AuthenticationCode1: "12345a" })))).toMatchObject({
      name: "ValidationError",
      message: expect.stringContaining("Value at 'authenticationCode1' failed to satisfy constraint"),
    });
    expect(await awsError(iam.send(new CreateUserCommand({ UserName: "bad name!" })))).toMatchObject({ name: "ValidationError", status: 400 });
    expect((await iam.send(new ListUsersCommand({}))).Users!.map((user) => user.UserName)).toEqual(["Ann", "Ben"]);
  });

  test("signatures, keys and requests that are refused", async ({ page, account }) => {
    const credentials = await rootKey(page, account);
    const iam = iamClient(baseURL, credentials, { maxAttempts: 1 });
    expect(await awsError(iamClient(baseURL, { ...credentials, secretAccessKey: "x".repeat(40) }, { maxAttempts: 1 }).send(new ListUsersCommand({})))).toMatchObject({
      name: "SignatureDoesNotMatch",
      status: 403,
    });
    expect(await awsError(iamClient(baseURL, { ...credentials, accessKeyId: "AKIAAAAAAAAAAAAAAAAA" }, { maxAttempts: 1 }).send(new ListUsersCommand({})))).toMatchObject({
      name: "InvalidClientTokenId",
      status: 403,
    });
    expect(
      await awsError(iamClient(baseURL, credentials, { systemClockOffset: -20 * 60 * 1000, maxAttempts: 1 }).send(new ListUsersCommand({}))),
    ).toMatchObject({ name: "SignatureDoesNotMatch", message: expect.stringContaining("Signature expired") });

    const unknownAction = await signedFetch(credentials, "Action=FlyToTheMoon&Version=2010-05-08");
    expect(unknownAction.status).toBe(400);
    expect(await unknownAction.text()).toContain("<Code>InvalidAction</Code>");
    const unsigned = await fetch(`${baseURL}/api/iam`, { method: "POST", body: "Action=ListUsers&Version=2010-05-08" });
    expect(unsigned.status).toBe(403);
    expect(await unsigned.text()).toMatch(/<Code>MissingAuthenticationToken<\/Code>[\s\S]*<RequestId>/);
    const huge = await signedFetch(credentials, `Action=ListUsers&Version=2010-05-08&Pad=${"x".repeat(70_000)}`);
    expect(huge.status).toBe(413);
    // The console's cookie is no credential here.
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const withCookie = await fetch(`${baseURL}/api/iam`, { method: "POST", headers: { cookie }, body: "Action=ListUsers&Version=2010-05-08" });
    expect(withCookie.status).toBe(403);

    // A second key makes the first inactive, which then signs nothing.
    const second = (await iam.send(new CreateAccessKeyCommand({}))).AccessKey!;
    const iam2 = iamClient(baseURL, { accessKeyId: second.AccessKeyId!, secretAccessKey: second.SecretAccessKey! }, { maxAttempts: 1 });
    await iam2.send(new UpdateAccessKeyCommand({ AccessKeyId: credentials.accessKeyId, Status: "Inactive" }));
    expect(await awsError(iam.send(new ListUsersCommand({})))).toMatchObject({ name: "InvalidClientTokenId" });
    expect(await awsError(iam2.send(new CreateAccessKeyCommand({})))).toMatchObject({ name: "LimitExceededException", status: 409 });
  });

  test("pagination and tags", async ({ page, account }) => {
    const iam = iamClient(baseURL, await rootKey(page, account));
    for (const name of ["u1", "u2", "u3"]) await iam.send(new CreateUserCommand({ UserName: name }));
    const first = await iam.send(new ListUsersCommand({ MaxItems: 2 }));
    expect(first.Users!.map((user) => user.UserName)).toEqual(["u1", "u2"]);
    expect(first.IsTruncated).toBe(true);
    const second = await iam.send(new ListUsersCommand({ MaxItems: 2, Marker: first.Marker }));
    expect(second.Users!.map((user) => user.UserName)).toEqual(["u3"]);
    expect(second.IsTruncated).toBe(false);
    expect(await awsError(iam.send(new ListUsersCommand({ Marker: "garbage" })))).toMatchObject({ name: "ValidationError", message: "Invalid Marker." });

    const { SerialNumber } = (await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: "tagged", Tags: [{ Key: "team", Value: "a" }] })))
      .VirtualMFADevice!;
    await iam.send(new TagMFADeviceCommand({ SerialNumber, Tags: [{ Key: "team", Value: "b" }, { Key: "class", Value: "2021" }] }));
    expect((await iam.send(new ListMFADeviceTagsCommand({ SerialNumber }))).Tags).toEqual([
      { Key: "class", Value: "2021" },
      { Key: "team", Value: "b" },
    ]);
    await iam.send(new UntagMFADeviceCommand({ SerialNumber, TagKeys: ["team"] }));
    expect((await iam.send(new ListMFADeviceTagsCommand({ SerialNumber }))).Tags).toEqual([{ Key: "class", Value: "2021" }]);
  });

  test("STS sessions with and without MFA; a code works once; a device made in the console shows in the API", async ({ page, account }) => {
    const credentials = await rootKey(page, account);
    const seed = await assignRootVirtualMfa(page);
    const sts = stsClient(baseURL, credentials);
    const serial = `arn:aws:iam::${account.accountId}:mfa/root-account-mfa-device`;
    expect((await iamClient(baseURL, credentials).send(new ListMFADevicesCommand({}))).MFADevices!.map((d) => d.SerialNumber)).toEqual([serial]);

    const plain = (await sts.send(new GetSessionTokenCommand({}))).Credentials!;
    const code = totpCode(seed, 1);
    const withMfa = (await sts.send(new GetSessionTokenCommand({ SerialNumber: serial, TokenCode: code }))).Credentials!;
    expect(await awsError(sts.send(new GetSessionTokenCommand({ SerialNumber: serial, TokenCode: code })))).toMatchObject({
      name: "AccessDenied",
      message: "MultiFactorAuthentication failed with invalid MFA one time pass code.",
    });

    const temporary = { accessKeyId: withMfa.AccessKeyId!, secretAccessKey: withMfa.SecretAccessKey!, sessionToken: withMfa.SessionToken! };
    expect(temporary.accessKeyId).toMatch(/^ASIA/);
    expect(await stsClient(baseURL, temporary).send(new GetCallerIdentityCommand({}))).toMatchObject({
      Account: account.accountId,
      Arn: `arn:aws:iam::${account.accountId}:root`,
    });
    expect((await iamClient(baseURL, temporary).send(new GetUserCommand({}))).User!.Arn).toBe(`arn:aws:iam::${account.accountId}:root`);
    expect(
      await awsError(
        iamClient(baseURL, { accessKeyId: plain.AccessKeyId!, secretAccessKey: plain.SecretAccessKey!, sessionToken: "forged" }, { maxAttempts: 1 }).send(
          new GetUserCommand({}),
        ),
      ),
    ).toMatchObject({ name: "InvalidClientTokenId" });
  });
});

test.describe("Require MFA for API calls", () => {
  test.use({ sandbox: { users: [{ userName: "ops", administrator: true }], accessKey: true } });

  test("attaches Force_MFA: an administrator's long-term keys are denied in AWS's words, MFA session credentials are not", async ({ page, account }) => {
    const iam = iamClient(baseURL, account.accessKey!);
    const keys = (await iam.send(new CreateAccessKeyCommand({ UserName: "ops" }))).AccessKey!;
    const device = (await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: "ops" }))).VirtualMFADevice!;
    const seed = Buffer.from(device.Base32StringSeed!).toString();
    await iam.send(new EnableMFADeviceCommand({ UserName: "ops", SerialNumber: device.SerialNumber!, AuthenticationCode1: totpCode(seed, -1), AuthenticationCode2: totpCode(seed, 0) }));

    await signInWithoutUi(page, rootOf(account));
    await page.goto("/iam/account-settings");
    const setting = page.getByRole("checkbox", { name: /Require MFA for API calls/ });
    await setting.check();
    await expect(setting).toBeEnabled();
    await page.reload();
    await expect(setting).toBeChecked();

    const ops = { accessKeyId: keys.AccessKeyId!, secretAccessKey: keys.SecretAccessKey! };
    expect(await awsError(iamClient(baseURL, ops, { maxAttempts: 1 }).send(new ListUsersCommand({})))).toEqual({
      name: "AccessDenied",
      status: 403,
      message: `User: arn:aws:iam::${account.accountId}:user/ops is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::${account.accountId}:user/ with an explicit deny in an identity-based policy: arn:aws:iam::${account.accountId}:policy/Force_MFA`,
    });
    const session = (await stsClient(baseURL, ops).send(new GetSessionTokenCommand({ SerialNumber: device.SerialNumber, TokenCode: totpCode(seed, 1) }))).Credentials!;
    const mfaIam = iamClient(baseURL, { accessKeyId: session.AccessKeyId!, secretAccessKey: session.SecretAccessKey!, sessionToken: session.SessionToken! });
    expect((await mfaIam.send(new ListUsersCommand({}))).Users!.map((user) => user.UserName)).toEqual(["ops"]);
  });
});
