import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { signQuery } from "../../test/support/sign-query";
import { expect, test } from "../support/fixtures";
import { type ApiTarget, awsCli, boto3, boto3Script } from "./clients";

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

/** A GET of `query` to the lab's `service`, presigned by the JS SDK's own signer. */
async function sdkPresigned(service: "iam" | "sts", query: Record<string, string>): Promise<string> {
  const url = new URL(`${target.baseURL}/api/${service}`);
  const signer = new SignatureV4({ credentials: target.credentials, region: "us-east-1", service, sha256: Sha256 });
  const request = await signer.presign(
    new HttpRequest({ method: "GET", protocol: url.protocol, hostname: url.hostname, port: Number(url.port), path: url.pathname, query, headers: { host: url.host } }),
    { expiresIn: 300 },
  );
  for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, String(value));
  return url.toString();
}

test("presigned URLs from the JS SDK's signer and from botocore are answered, and only as signed", async ({ account }) => {
  const urls = [
    await sdkPresigned("iam", { Action: "GetUser", Version: "2010-05-08" }),
    await sdkPresigned("sts", { Action: "GetCallerIdentity", Version: "2011-06-15" }),
    ...((await boto3Script(target, "presign.py", {
      requests: [
        { service: "iam", method: "get_user", httpMethod: "GET" },
        { service: "sts", method: "get_caller_identity", httpMethod: "GET" },
        // Without HttpMethod botocore presigns the model's POST, the parameters in the URL.
        { service: "iam", method: "list_mfa_devices" },
      ],
    })) as string[]),
  ];
  expect(urls[2]).toMatch(/X-Amz-Algorithm=AWS4-HMAC-SHA256.*X-Amz-Signature=[0-9a-f]{64}/);
  for (const [i, url] of urls.entries()) {
    const response = await fetch(url, { method: i === 4 ? "POST" : "GET" });
    const text = await response.text();
    expect(response.status, text).toBe(200);
    expect(text).toContain(i === 4 ? "<ListMFADevicesResult>" : `<Arn>arn:aws:iam::${account.accountId}:root</Arn>`);
  }

  const tampered = new URL(urls[2]);
  tampered.searchParams.set("Action", "ListUsers");
  const refused = await fetch(tampered);
  expect(refused.status).toBe(403);
  expect(await refused.text()).toContain("<Code>SignatureDoesNotMatch</Code>");
  const incomplete = new URL(urls[0]);
  incomplete.searchParams.delete("X-Amz-Credential");
  const missing = await fetch(incomplete);
  expect(missing.status).toBe(400);
  expect(await missing.text()).toContain(
    "<Code>IncompleteSignature</Code><Message>AWS query-string parameters must include &apos;X-Amz-Credential&apos;. Re-examine the query-string parameters.</Message>",
  );
});

test("any input is answered with well-formed XML: control characters, markup, an unknown Version", async () => {
  const endpoint = `${target.baseURL}/api/iam`;
  const cases: [string, string][] = [
    ["Action=%01", "InvalidAction"],
    ["Action=%01&Version=2010-05-08", "InvalidAction"],
    ["Action=ListUsers&Version=%00%1F%EF%BF%BE", "InvalidAction"],
    ["Action=%3C%2FError%3E%26", "InvalidAction"],
    ["Action=TagMFADevice&Version=2010-05-08&SerialNumber=%01%02%03%04%05%06%07%08%0B", "ValidationError"],
  ];
  for (const [body, code] of cases) {
    const response = await fetch(endpoint, { method: "POST", headers: await signQuery(endpoint, target.credentials, body), body });
    const xml = await response.text();
    // fast-xml-parser's validator lets control characters through; expat (botocore's parser) does not.
    expect(xml, body).not.toMatch(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
    expect(XMLValidator.validate(xml), `${body}: ${xml}`).toBe(true);
    expect(new XMLParser().parse(xml).ErrorResponse.Error.Code, body).toBe(code);
  }
});
