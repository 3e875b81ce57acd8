import { expect, test } from "../support/fixtures";
import { type ApiTarget, boto3, boto3Script, type Boto3Result } from "./clients";

// boto3 (Debian's python3-boto3 under /usr/bin/python3) through the MFA lifecycle with real codes
// and through AWS's errors, each scenario one Python process. botocore raises on an answer it cannot
// parse, which fails the script and the test.
test.use({ sandbox: { users: [], accessKey: true } });

let target: ApiTarget;
test.beforeEach(({ account }, testInfo) => {
  target = { baseURL: testInfo.project.use.baseURL!, credentials: account.accessKey! };
});

const error = (code: string, status: number, message: string | RegExp) => ({ error: { code, status, message: typeof message === "string" ? message : expect.stringMatching(message) } });
const ok = (response: Record<string, unknown> = {}) => ({ response: expect.objectContaining(response) });

test("the whole MFA lifecycle with real codes", async ({ account }) => {
  const steps = (await boto3Script(target, "mfa_lifecycle.py", { user: "Bob", device: "BobsMFADevice" })) as Record<string, Boto3Result> & { seed: string };
  const serial = `arn:aws:iam::${account.accountId}:mfa/lab/BobsMFADevice`;
  expect(steps.seed).toMatch(/^[A-Z2-7]{64}$/);
  expect(steps.qr_png_signature).toBe(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString("base64"));
  expect(steps).toMatchObject({
    create_user: ok({ User: expect.objectContaining({ UserName: "Bob" }) }),
    enable_identical: error("InvalidAuthenticationCode", 403, "Authentication code for device is not valid."),
    enable: ok(),
    list: { response: { MFADevices: [{ UserName: "Bob", SerialNumber: serial, EnableDate: expect.any(String) }], IsTruncated: false } },
    list_assigned: ok({ VirtualMFADevices: [expect.objectContaining({ SerialNumber: serial, User: expect.objectContaining({ UserName: "Bob" }) })] }),
    summary: ok({ SummaryMap: expect.objectContaining({ Users: 1, MFADevices: 1, MFADevicesInUse: 1 }) }),
    resync_spent: error("InvalidAuthenticationCode", 403, "Authentication code for device is not valid."),
    resync: ok(),
    tag: ok(),
    tag_control_character: error("ValidationError", 400, /^1 validation error detected: Value at 'tags\.1\.member\.value' failed to satisfy constraint/),
    tags: ok({ Tags: [{ Key: "team", Value: "lab 1" }] }),
    delete_user_in_use: error("DeleteConflict", 409, "Cannot delete entity, must delete MFA device first."),
    delete_device_in_use: error("DeleteConflict", 409, "MFA VirtualDevice in use. Must deactivate first"),
    deactivate: ok(),
    list_unassigned: ok({ VirtualMFADevices: [{ SerialNumber: serial }] }),
    delete_device: ok(),
    delete_user: ok(),
    summary_after: ok({ SummaryMap: expect.objectContaining({ Users: 0, MFADevices: 0, MFADevicesInUse: 0 }) }),
  });
});

test("AWS's errors with their HTTP statuses, as boto3 reports them", async ({ account }) => {
  const unknown = `arn:aws:iam::${account.accountId}:mfa/nothing`;
  const results = await boto3(
    target,
    ["iam", "create_user", { UserName: "Ann" }],
    ["iam", "create_user", { UserName: "Ann" }],
    ["iam", "get_user", { UserName: "Nobody" }],
    ["iam", "delete_virtual_mfa_device", { SerialNumber: unknown }],
    ["iam", "create_user", { UserName: "bad name!" }],
    ["iam", "create_user", { UserName: "x", Path: "no-slashes" }],
    ["iam", "list_users", { MaxItems: 1, Marker: "garbage" }],
    ["iam", "create_access_key"],
    ["iam", "create_access_key"],
    ["iam", "list_open_id_connect_providers"],
    ["iam", "list_users"],
  );
  expect(results).toEqual([
    ok({ User: expect.objectContaining({ UserName: "Ann" }) }),
    error("EntityAlreadyExists", 409, "User with name Ann already exists."),
    error("NoSuchEntity", 404, "The user with name Nobody cannot be found."),
    error("NoSuchEntity", 404, `MFA Device with serial number ${unknown} does not exist.`),
    error("ValidationError", 400, "1 validation error detected: Value at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+"),
    error("ValidationError", 400, "The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters."),
    error("ValidationError", 400, "Invalid Marker."),
    ok({ AccessKey: expect.objectContaining({ Status: "Active" }) }),
    error("LimitExceeded", 409, "Cannot exceed quota for AccessKeysPerUser: 2"),
    error("InvalidAction", 400, "Could not find operation ListOpenIDConnectProviders for version 2010-05-08"),
    ok({ Users: [expect.objectContaining({ UserName: "Ann" })], IsTruncated: false }),
  ]);
});
