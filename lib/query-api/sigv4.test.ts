import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { describe, expect, it } from "vitest";
import { QueryError } from "./errors";
import { checkScope, checkSigningDate, parseAuthorization, signatureMatches, type SignedRequest } from "./sigv4";

const credentials = { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" };
const signedAt = new Date("2021-03-15T10:15:00Z");
const body = "Action=ListUsers&Version=2010-05-08";

/** A request signed the way the AWS SDK signs it, as our route handler receives it. */
async function signed(overrides: { body?: string; secret?: string } = {}): Promise<SignedRequest> {
  const signer = new SignatureV4({
    credentials: { ...credentials, secretAccessKey: overrides.secret ?? credentials.secretAccessKey },
    region: "us-east-1",
    service: "iam",
    sha256: Sha256,
  });
  const request = await signer.sign(
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
  return { method: "POST", url: new URL("http://localhost:3000/api/iam"), headers: new Headers(request.headers), body: overrides.body ?? body };
}

const verify = async (request: SignedRequest, now = signedAt) => {
  const authorization = parseAuthorization(request.headers.get("authorization"));
  return signatureMatches(request, authorization, credentials, checkSigningDate(request, authorization, now));
};

describe("SigV4 verification", () => {
  it("accepts what the SDK's signer signed", async () => {
    expect(await verify(await signed())).toBe(true);
  });

  it("refuses a changed body, another secret and a changed signed header", async () => {
    expect(await verify(await signed({ body: "Action=DeleteUser&UserName=admin&Version=2010-05-08" }))).toBe(false);
    expect(await verify(await signed({ secret: "x".repeat(40) }))).toBe(false);
    const request = await signed();
    request.headers.set("host", "evil.example");
    expect(await verify(request)).toBe(false);
  });

  it("allows 15 minutes of clock skew either way and no more", async () => {
    const request = await signed();
    expect(await verify(request, new Date(signedAt.getTime() + 15 * 60_000))).toBe(true);
    await expect(verify(request, new Date(signedAt.getTime() + 16 * 60_000))).rejects.toMatchObject({
      code: "SignatureDoesNotMatch",
      message: expect.stringMatching(/^Signature expired: 20210315T101500Z is now earlier than/),
    });
    await expect(verify(request, new Date(signedAt.getTime() - 16 * 60_000))).rejects.toBeInstanceOf(QueryError);
  });

  it("accepts AWS's own example request, signed over content-type;host;x-amz-date as botocore signs", async () => {
    // The IAM ListUsers example of AWS's "Signature Version 4 signing process" documentation: no
    // X-Amz-Content-Sha256 header, the body's hash (empty) only in the canonical request.
    const headers = new Headers({
      host: "iam.amazonaws.com",
      "content-type": "application/x-www-form-urlencoded; charset=utf-8",
      "x-amz-date": "20150830T123600Z",
      authorization:
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
    });
    const request = { method: "GET", url: new URL("https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08"), headers, body: "" };
    const authorization = parseAuthorization(headers.get("authorization"));
    const signedAt = checkSigningDate(request, authorization, new Date("2015-08-30T12:36:00Z"));
    expect(await signatureMatches(request, authorization, { secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" }, signedAt)).toBe(true);
    request.headers.set("content-type", "text/plain");
    expect(await signatureMatches(request, authorization, { secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" }, signedAt)).toBe(false);
  });

  it("requires host among the signed headers", () => {
    expect(() =>
      parseAuthorization(`AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;x-amz-date, Signature=${"0".repeat(64)}`),
    ).toThrow(expect.objectContaining({ code: "IncompleteSignature", message: "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization." }));
  });

  it("scopes IAM to us-east-1 and its own service name, STS to any region", () => {
    const scope = (region: string, service: string) =>
      parseAuthorization(`AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/${region}/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=${"0".repeat(64)}`);
    expect(() => checkScope(scope("us-east-1", "iam"), "iam")).not.toThrow();
    expect(() => checkScope(scope("ap-northeast-2", "iam"), "iam")).toThrow(
      expect.objectContaining({
        code: "SignatureDoesNotMatch",
        message: expect.stringMatching(/^Credential should be scoped to a valid region, not 'ap-northeast-2'\. .*--region us-east-1/),
      }),
    );
    expect(() => checkScope(scope("ap-northeast-2", "sts"), "sts")).not.toThrow();
    expect(() => checkScope(scope("us-east-1", "sts"), "iam")).toThrow(
      expect.objectContaining({ code: "SignatureDoesNotMatch", message: "Credential should be scoped to correct service: 'iam'." }),
    );
  });

  it("tells a missing Authorization header from a malformed one", () => {
    expect(() => parseAuthorization(null)).toThrow(expect.objectContaining({ code: "MissingAuthenticationToken" }));
    expect(() => parseAuthorization("AWS4-HMAC-SHA256 Credential=AKIA/x")).toThrow(expect.objectContaining({ code: "IncompleteSignature" }));
  });
});
