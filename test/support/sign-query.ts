import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";

export type SigningCredentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

/**
 * A Query API POST of `body` to `endpoint`, signed as the AWS SDK signs it (SigV4 over host, content
 * type, X-Amz-Date and the body's hash), for requests the SDK would not send (tests) or sends too
 * slowly to load a server (the bench). The headers are what to send; the signature lasts 15 minutes.
 */
export async function signQuery(
  endpoint: string,
  credentials: SigningCredentials,
  body: string,
  { service = "iam", signingDate = new Date() }: { service?: string; signingDate?: Date } = {},
): Promise<Record<string, string>> {
  const url = new URL(endpoint);
  const signer = new SignatureV4({ credentials, region: "us-east-1", service, sha256: Sha256 });
  const signed = await signer.sign(
    new HttpRequest({
      method: "POST",
      protocol: url.protocol,
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      headers: { host: url.host, "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
      body,
    }),
    { signingDate },
  );
  return signed.headers;
}
