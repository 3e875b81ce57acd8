import { DeactivateMFADeviceCommand, EnableMFADeviceCommand, GetMFADeviceCommand, ListMFADevicesCommand, ListVirtualMFADevicesCommand } from "@aws-sdk/client-iam";
import { GetSessionTokenCommand } from "@aws-sdk/client-sts";
import { awsCli, boto3 } from "./api-clients/clients";
import { iamClient, stsClient } from "./support/api";
import { expect, test } from "./support/fixtures";
import { assignPasskey, practiceTokenCodePair, practiceTokens } from "./support/mfa";
import { addVirtualAuthenticator } from "./support/webauthn";

// The IAM API beside the current console, through the AWS SDK: every kind of device in ListMFADevices,
// practice hardware tokens enabled by their serial numbers, FIDO devices refused for STS as AWS refuses them.
test.use({ sandbox: { users: [{ userName: "kim" }], accessKey: true, consoleVersion: "current" } });

test("ListMFADevices lists passkeys and hardware tokens; EnableMFADevice takes a practice token's serial; STS refuses a FIDO serial", async ({
  rootPage: page,
  account,
  baseURL,
}) => {
  const iam = iamClient(baseURL!, account.accessKey!);
  const sts = stsClient(baseURL!, account.accessKey!);

  // A security key for the root user, in the console (FIDO devices are console-only).
  await addVirtualAuthenticator(page);
  await page.goto("/iam/security-credentials");
  await assignPasskey(page, "root-key");

  // A practice token for kim, through the API, as AWS takes a hardware token's serial number.
  const tokens = await practiceTokens(page);
  const serial = tokens.serials[0];
  const codes = await practiceTokenCodePair(tokens, serial);
  await iam.send(new EnableMFADeviceCommand({ UserName: "kim", SerialNumber: serial, AuthenticationCode1: codes.code1, AuthenticationCode2: codes.code2 }));

  const kims = (await iam.send(new ListMFADevicesCommand({ UserName: "kim" }))).MFADevices!;
  expect(kims).toEqual([expect.objectContaining({ UserName: "kim", SerialNumber: serial })]);
  const roots = (await iam.send(new ListMFADevicesCommand({}))).MFADevices!;
  expect(roots).toHaveLength(1);
  const fidoSerial = roots[0].SerialNumber!;
  expect(fidoSerial).toMatch(new RegExp(`^arn:aws:iam::${account.accountId}:u2f/root/root-key-[A-Z2-7]{26}$`));
  // GetMFADevice answers for the passkey as for any assigned device.
  expect(await iam.send(new GetMFADeviceCommand({ SerialNumber: fidoSerial }))).toMatchObject({ SerialNumber: fidoSerial, EnableDate: expect.any(Date) });
  // Neither is a virtual device.
  expect((await iam.send(new ListVirtualMFADevicesCommand({}))).VirtualMFADevices).toEqual([]);

  // A FIDO device makes no code: STS answers as for a serial that cannot validate one.
  const refused = await sts.send(new GetSessionTokenCommand({ SerialNumber: fidoSerial, TokenCode: "123456" })).catch((error: { name: string; message: string }) => error);
  expect(refused).toMatchObject({
    name: "AccessDenied",
    message: "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.",
  });

  // The same through the AWS CLI and boto3, which must parse both kinds of serial number.
  const target = { baseURL: baseURL!, credentials: account.accessKey! };
  const aws = awsCli(target);
  expect((await aws("iam", "list-mfa-devices")).output).toMatchObject({ MFADevices: [{ SerialNumber: fidoSerial }] });
  expect(await aws("sts", "get-session-token", "--serial-number", fidoSerial, "--token-code", "123456")).toMatchObject({ error: { code: "AccessDenied" } });
  const [listed, session] = await boto3(target, ["iam", "list_mfa_devices", { UserName: "kim" }], ["sts", "get_session_token", { SerialNumber: fidoSerial, TokenCode: "123456" }]);
  expect(listed.response).toMatchObject({ MFADevices: [{ UserName: "kim", SerialNumber: serial }] });
  expect(session.error).toMatchObject({ code: "AccessDenied", status: 403 });

  // The token goes back to the account's tokens when deactivated, and another EnableMFADevice takes it again.
  await iam.send(new DeactivateMFADeviceCommand({ UserName: "kim", SerialNumber: serial }));
  expect((await iam.send(new ListMFADevicesCommand({ UserName: "kim" }))).MFADevices).toEqual([]);
  const again = await practiceTokenCodePair(tokens, serial);
  const reused = await iam
    .send(new EnableMFADeviceCommand({ UserName: "kim", SerialNumber: serial, AuthenticationCode1: again.code1, AuthenticationCode2: again.code2 }))
    .catch((error: { name: string }) => error);
  // The codes just spent cannot enable it again (one step later they would).
  expect(reused).toMatchObject({ name: "InvalidAuthenticationCodeException" });
});

test("POST /api/sandboxes takes consoleVersion 2021 or current, and names a bad one", async ({ request }) => {
  const fields = { email: `era-${Date.now()}@example.com`, accountName: "Era", password: "Lab-Root-2021!" };
  const refused = await request.post("/api/sandboxes", { data: { ...fields, consoleVersion: "2023" } });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.fields).toEqual({ consoleVersion: "Choose the 2021 console or the current console." });
  expect((await request.post("/api/sandboxes", { data: { ...fields, consoleVersion: "current" } })).status()).toBe(201);
});
