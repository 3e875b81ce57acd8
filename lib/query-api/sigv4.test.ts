import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { describe, expect, it } from "vitest";
import { QueryError } from "./errors";
import { checkSigningDate, parseAuthorization, signatureMatches, type SignedRequest } from "./sigv4";

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

  it("tells a missing Authorization header from a malformed one", () => {
    expect(() => parseAuthorization(null)).toThrow(expect.objectContaining({ code: "MissingAuthenticationToken" }));
    expect(() => parseAuthorization("AWS4-HMAC-SHA256 Credential=AKIA/x")).toThrow(expect.objectContaining({ code: "IncompleteSignature" }));
  });
});
