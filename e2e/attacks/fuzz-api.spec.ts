import fc from "fast-check";
import { signQuery } from "../../test/support/sign-query";
import { createAccessKeyInConsole } from "../support/api";
import { expect, test } from "../support/fixtures";
import { accountState, consoleDatabase } from "./account-state";
import { FUZZ, nastyText } from "./fuzz";

// Issue 14, item 8: every IAM and STS operation with fuzzed parameters, signed with a real key of the
// account's root user (so each request gets past SigV4 to the operation). No answer is a server error,
// and an error answer changes nothing (bad input gets a clear error and loses nothing).
const OPERATIONS = {
  iam: [
    "CreateVirtualMFADevice",
    "EnableMFADevice",
    "ResyncMFADevice",
    "DeactivateMFADevice",
    "DeleteVirtualMFADevice",
    "ListMFADevices",
    "ListVirtualMFADevices",
    "TagMFADevice",
    "UntagMFADevice",
    "ListMFADeviceTags",
    "GetAccountSummary",
    "GetUser",
    "ListUsers",
    "CreateUser",
    "DeleteUser",
    "CreateLoginProfile",
    "DeleteLoginProfile",
    "CreateAccessKey",
    "ListAccessKeys",
    "UpdateAccessKey",
    "DeleteAccessKey",
    "CreateAccountAlias",
    "ListAccountAliases",
    "DeleteAccountAlias",
  ],
  sts: ["GetSessionToken", "GetCallerIdentity"],
} as const;
const PARAMETERS = [
  "UserName",
  "SerialNumber",
  "AuthenticationCode1",
  "AuthenticationCode2",
  "VirtualMFADeviceName",
  "Path",
  "Tags.member.1.Key",
  "Tags.member.1.Value",
  "Tags.member.51.Key",
  "TagKeys.member.1",
  "Marker",
  "MaxItems",
  "AssignmentStatus",
  "AccessKeyId",
  "Status",
  "Password",
  "PasswordResetRequired",
  "AccountAlias",
  "DurationSeconds",
  "TokenCode",
  "Version",
];

const value = fc.oneof(nastyText, fc.integer().map(String), fc.constantFrom("true", "false", "Active", "Inactive", "Assigned", "Any", "/", "123456"));
const request = fc.constantFrom("iam", "sts").chain((service) =>
  fc.record({
    service: fc.constant(service as "iam" | "sts"),
    action: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...OPERATIONS[service as "iam" | "sts"]) }, { weight: 1, arbitrary: nastyText }),
    params: fc.array(fc.tuple(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PARAMETERS) }, { weight: 1, arbitrary: nastyText }), value), { maxLength: 5 }),
  }),
);

test.describe("attack: malformed API parameters", () => {
  test("no IAM or STS operation answers a server error, and none that fails changes anything", async ({ rootPage: page, account, baseURL }) => {
    test.setTimeout(180_000);
    const credentials = await createAccessKeyInConsole(page);
    const db = consoleDatabase(Number(new URL(baseURL!).port));
    await fc.assert(
      fc.asyncProperty(request, async ({ service, action, params }) => {
        const body = new URLSearchParams([["Action", action], ["Version", service === "iam" ? "2010-05-08" : "2011-06-15"], ...params]).toString();
        const endpoint = `${baseURL}/api/${service}`;
        const before = accountState(db, account.accountId);
        const response = await fetch(endpoint, { method: "POST", headers: await signQuery(endpoint, credentials, body, { service }), body });
        const text = await response.text();
        expect(response.status, `${body}\n${text}`).toBeLessThan(500);
        if (response.status >= 400) expect(accountState(db, account.accountId), `${body} failed with ${response.status}, yet changed the account`).toEqual(before);
      }),
      FUZZ,
    );
    db.close();
  });
});
