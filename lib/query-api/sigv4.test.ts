import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { describe, expect, it } from "vitest";
import { readSignature, type SignedRequest, signatureMatches } from "./sigv4";

const credentials = { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" };
const signedAt = new Date("2021-03-15T10:15:00Z");
const body = "Action=ListUsers&Version=2010-05-08";
const endpoint = new URL("http://localhost:3000/api/iam");

function signer(overrides: { secret?: string; sessionToken?: string; region?: string } = {}) {
  return new SignatureV4({
    credentials: { ...credentials, secretAccessKey: overrides.secret ?? credentials.secretAccessKey, sessionToken: overrides.sessionToken },
    region: overrides.region ?? "us-east-1",
    service: "iam",
    sha256: Sha256,
  });
}

/** A POST signed the way the JS SDK signs it (with its X-Amz-Content-Sha256 header), as our route handler receives it. */
async function signed(overrides: { body?: string; secret?: string } = {}): Promise<SignedRequest> {
  const request = await signer(overrides).sign(
    new HttpRequest({
      method: "POST",
      protocol: "http:",
      hostname: "localhost",
      port: 3000,
      path: "/api/iam",
      headers: { host: "localhost:3000", "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
      body,
    }),
    { signingDate: signedAt },
  );
  return { method: "POST", url: endpoint, headers: new Headers(request.headers), body: overrides.body ?? body };
}

/** A GET presigned by the SDK's signer: the signature and the operation's parameters in the URL. */
async function presigned(overrides: { secret?: string; sessionToken?: string; region?: string; at?: Date } = {}): Promise<SignedRequest> {
  const request = await signer(overrides).presign(
    new HttpRequest({
      method: "GET",
      protocol: "http:",
      hostname: "localhost",
      port: 3000,
      path: "/api/iam",
      query: { Action: "ListUsers", Version: "2010-05-08" },
      headers: { host: "localhost:3000" },
    }),
    { signingDate: overrides.at ?? signedAt, expiresIn: 300 },
  );
  const url = new URL(endpoint);
  for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, String(value));
  return { method: "GET", url, headers: new Headers({ host: "localhost:3000" }), body: "" };
}

const verify = async (request: SignedRequest, { now = signedAt, secret = credentials.secretAccessKey } = {}) =>
  signatureMatches(request, readSignature(request, "iam", now), { secretAccessKey: secret });

/** The error readSignature throws, as { code, message }. */
function refusal(request: SignedRequest, service: "iam" | "sts" = "iam", now = signedAt) {
  try {
    readSignature(request, service, now);
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
  throw new Error("expected a refusal");
}

function withAuthorization(authorization: string, headers: Record<string, string> = {}): SignedRequest {
  return { method: "POST", url: endpoint, headers: new Headers({ host: "localhost:3000", "x-amz-date": "20210315T101500Z", authorization, ...headers }), body };
}

const SIG = "0".repeat(64);

describe("SigV4 in the Authorization header", () => {
  it("accepts what the JS SDK's signer signed, and nothing changed", async () => {
    expect(await verify(await signed())).toBe(true);
    expect(await verify(await signed({ body: "Action=DeleteUser&UserName=admin&Version=2010-05-08" }))).toBe(false);
    expect(await verify(await signed({ secret: "x".repeat(40) }))).toBe(false);
    const request = await signed();
    request.headers.set("host", "evil.example");
    expect(await verify(request)).toBe(false);
  });

  it("accepts AWS's own example request, signed over content-type;host;x-amz-date as botocore signs", async () => {
    // The IAM ListUsers example of AWS's "Signature Version 4 signing process" documentation: no
    // X-Amz-Content-Sha256 header, the body's hash (empty) only in the canonical request.
    const headers = new Headers({
      host: "iam.amazonaws.com",
      "content-type": "application/x-www-form-urlencoded; charset=utf-8",
      "x-amz-date": "20150830T123600Z",
      authorization: `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7`,
    });
    const request = { method: "GET", url: new URL("https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08"), headers, body: "" };
    const options = { now: new Date("2015-08-30T12:36:00Z"), secret: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
    expect(await verify(request, options)).toBe(true);
    request.headers.set("content-type", "text/plain");
    expect(await verify(request, options)).toBe(false);
  });

  it("allows 15 minutes of clock skew either way and no more", async () => {
    const request = await signed();
    expect(await verify(request, { now: new Date(signedAt.getTime() + 15 * 60_000) })).toBe(true);
    expect(refusal(request, "iam", new Date(signedAt.getTime() + 16 * 60_000))).toEqual({
      code: "SignatureDoesNotMatch",
      message: "Signature expired: 20210315T101500Z is now earlier than 20210315T101600Z (20210315T103100Z - 15 min.)",
    });
    expect(refusal(request, "iam", new Date(signedAt.getTime() - 16 * 60_000)).code).toBe("SignatureDoesNotMatch");
  });

  it("names what is missing or malformed, as AWS does", () => {
    const noAuth = { method: "POST", url: endpoint, headers: new Headers({ host: "localhost:3000" }), body };
    expect(refusal(noAuth)).toEqual({ code: "MissingAuthenticationToken", message: "Request is missing Authentication Token" });
    expect(refusal(withAuthorization("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20210315/us-east-1/iam/aws4_request"))).toEqual({
      code: "IncompleteSignature",
      message:
        "Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. " +
        "Authorization=AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20210315/us-east-1/iam/aws4_request",
    });
    const good = `Credential=AKIDEXAMPLE/20210315/us-east-1/iam/aws4_request, SignedHeaders=host;x-amz-date, Signature=${SIG}`;
    expect(refusal(withAuthorization(`AWS4-HMAC-SHA256 ${good}`, { "x-amz-date": "2021-03-15" }))).toEqual({
      code: "IncompleteSignature",
      message: "Date must be in ISO-8601 'basic format'. Got '2021-03-15'. See http://en.wikipedia.org/wiki/ISO_8601",
    });
    expect(refusal(withAuthorization(`AWS4-HMAC-SHA1 ${good}`))).toEqual({
      code: "IncompleteSignature",
      message: "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA1' (only AWS4-HMAC-SHA256 for now). ",
    });
    expect(refusal(withAuthorization(`AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20210315/us-east-1/iam, SignedHeaders=host, Signature=${SIG}`))).toEqual({
      code: "IncompleteSignature",
      message: "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got 'AKIDEXAMPLE/20210315/us-east-1/iam'",
    });
  });

  it("requires host among the signed headers", () => {
    expect(refusal(withAuthorization(`AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20210315/us-east-1/iam/aws4_request, SignedHeaders=x-amz-date, Signature=${SIG}`))).toEqual({
      code: "SignatureDoesNotMatch",
      message: "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
    });
  });

  it("scopes IAM to us-east-1 (telling a CLI user what to change) and its own service; STS to any region", () => {
    const scoped = (scope: string) => withAuthorization(`AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/${scope}, SignedHeaders=host;x-amz-date, Signature=${SIG}`);
    expect(() => readSignature(scoped("20210315/us-east-1/iam/aws4_request"), "iam", signedAt)).not.toThrow();
    expect(refusal(scoped("20210315/ap-northeast-2/iam/aws4_request"))).toEqual({
      code: "SignatureDoesNotMatch",
      message:
        "Credential should be scoped to a valid region, not 'ap-northeast-2'. " +
        'IAM is global and signed for us-east-1: use --region us-east-1 with the AWS CLI, region_name="us-east-1" with boto3.',
    });
    expect(() => readSignature(scoped("20210315/ap-northeast-2/sts/aws4_request"), "sts", signedAt)).not.toThrow();
    expect(refusal(scoped("20210314/us-east-1/sts/aws4_requests"))).toEqual({
      code: "SignatureDoesNotMatch",
      message:
        "Credential should be scoped to correct service: 'iam'. Credential should be scoped with a valid terminator: 'aws4_request', not 'aws4_requests'. " +
        "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20210314' != '20210315', from '20210315T101500Z'. ",
    });
  });
});

describe("SigV4 in the query string (presigned)", () => {
  it("accepts a request presigned by the JS SDK's signer, and nothing changed", async () => {
    const request = await presigned();
    expect(readSignature(request, "iam", signedAt)).toMatchObject({ form: "query", accessKeyId: credentials.accessKeyId, sessionToken: null });
    expect(await verify(request)).toBe(true);
    const changed = await presigned();
    changed.url.searchParams.set("Action", "DeleteUser");
    expect(await verify(changed)).toBe(false);
    expect(await verify(await presigned({ secret: "x".repeat(40) }))).toBe(false);
  });

  it("accepts AWS's own example of a presigned request (content-type;host signed, X-Amz-Expires=60)", async () => {
    // The query-string ListUsers example of AWS's "Signature Version 4 signing process" documentation.
    const url = new URL(
      "https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08&X-Amz-Algorithm=AWS4-HMAC-SHA256" +
        "&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fiam%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=60" +
        "&X-Amz-SignedHeaders=content-type%3Bhost&X-Amz-Signature=37ac2f4fde00b0ac9bd9eadeb459b1bbee224158d66e7ae5fcadb70b2d181d02",
    );
    const headers = new Headers({ host: "iam.amazonaws.com", "content-type": "application/x-www-form-urlencoded; charset=utf-8" });
    const options = { now: new Date("2015-08-30T12:36:00Z"), secret: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
    expect(await verify({ method: "GET", url, headers, body: "" }, options)).toBe(true);
    url.searchParams.set("X-Amz-Expires", "3600");
    expect(await verify({ method: "GET", url, headers, body: "" }, options)).toBe(false);
  });

  it("carries a session token in the URL, covered by the signature", async () => {
    const request = await presigned({ sessionToken: "token-1" });
    expect(readSignature(request, "iam", signedAt).sessionToken).toBe("token-1");
    expect(await verify(request)).toBe(true);
    request.url.searchParams.set("X-Amz-Security-Token", "token-2");
    expect(await verify(request)).toBe(false);
  });

  it("is good for 15 minutes from X-Amz-Date, as AWS's IAM and STS take it, and no longer", async () => {
    const request = await presigned();
    expect(await verify(request, { now: new Date(signedAt.getTime() + 15 * 60_000) })).toBe(true);
    expect(refusal(request, "iam", new Date(signedAt.getTime() + 16 * 60_000))).toMatchObject({
      code: "SignatureDoesNotMatch",
      message: expect.stringMatching(/^Signature expired: 20210315T101500Z is now earlier than/),
    });
  });

  it("names the missing query-string parameters, and refuses both forms at once", async () => {
    const request = await presigned();
    request.url.searchParams.delete("X-Amz-Signature");
    request.url.searchParams.delete("X-Amz-Date");
    expect(refusal(request)).toEqual({
      code: "IncompleteSignature",
      message: "AWS query-string parameters must include 'X-Amz-Signature'. AWS query-string parameters must include 'X-Amz-Date'. Re-examine the query-string parameters.",
    });
    const both = await presigned();
    both.headers.set("authorization", `AWS4-HMAC-SHA256 Credential=x, SignedHeaders=host, Signature=${SIG}`);
    expect(refusal(both)).toEqual({
      code: "IncompleteSignature",
      message: "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.",
    });
  });
});
