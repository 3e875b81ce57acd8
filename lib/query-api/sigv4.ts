import { createHash, timingSafeEqual } from "node:crypto";
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { QueryError, SIGNATURE_MISMATCH } from "./errors";
import type { QueryService } from "./xml";

/** AWS refuses a signature more than 15 minutes away from its own clock. */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

/** IAM is global: its one signing region (botocore's endpoint rules give `signingRegion: us-east-1`). */
export const IAM_SIGNING_REGION = "us-east-1";

export type SignedRequest = { method: string; url: URL; headers: Headers; body: string };

export type Authorization = {
  accessKeyId: string;
  scopeDate: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
};

const AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=([^/\s,]+)\/(\d{8})\/([\w-]+)\/([\w-]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/;

/** The Authorization header's parts; MissingAuthenticationToken without one, IncompleteSignature when malformed. */
export function parseAuthorization(header: string | null): Authorization {
  if (!header) throw new QueryError("MissingAuthenticationToken", "Request is missing Authentication Token");
  const match = AUTHORIZATION.exec(header.trim());
  if (!match) {
    throw new QueryError("IncompleteSignature", "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.");
  }
  const [, accessKeyId, scopeDate, region, service, signedHeaders, signature] = match;
  // Unsigned, the Host header could be changed and the request replayed against another endpoint.
  if (!signedHeaders.split(";").includes("host")) {
    throw new QueryError("IncompleteSignature", "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  }
  return { accessKeyId, scopeDate, region, service, signedHeaders: signedHeaders.split(";"), signature };
}

/**
 * The credential scope's service and region, as AWS checks them. IAM's region is us-east-1 only;
 * STS takes any region, as its regional endpoints do. botocore (AWS CLI v2, boto3) signs for the
 * configured region when an endpoint URL is given, so a learner set up for ap-northeast-2 is told
 * what to change.
 */
export function checkScope(authorization: Authorization, service: QueryService): void {
  if (authorization.service !== service) {
    throw new QueryError("SignatureDoesNotMatch", `Credential should be scoped to correct service: '${service}'.`);
  }
  if (service === "iam" && authorization.region !== IAM_SIGNING_REGION) {
    throw new QueryError(
      "SignatureDoesNotMatch",
      `Credential should be scoped to a valid region, not '${authorization.region}'. ` +
        `IAM is global and signed for ${IAM_SIGNING_REGION}: use --region ${IAM_SIGNING_REGION} with the AWS CLI, region_name="${IAM_SIGNING_REGION}" with boto3.`,
    );
  }
}

/** X-Amz-Date as a Date, checked against the scope's date and our clock. */
export function checkSigningDate(request: SignedRequest, authorization: Authorization, now: Date): Date {
  const stamp = request.headers.get("x-amz-date") ?? "";
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp);
  if (!match || !authorization.signedHeaders.includes("x-amz-date")) {
    throw new QueryError("IncompleteSignature", "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
  }
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const signedAt = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (stamp.slice(0, 8) !== authorization.scopeDate) throw new QueryError("SignatureDoesNotMatch", SIGNATURE_MISMATCH);
  if (Math.abs(now.getTime() - signedAt.getTime()) > MAX_CLOCK_SKEW_MS) {
    const fmt = (date: Date) => date.toISOString().replace(/[-:]|\.\d{3}/g, "");
    throw new QueryError(
      "SignatureDoesNotMatch",
      `Signature expired: ${stamp} is now earlier than ${fmt(new Date(now.getTime() - MAX_CLOCK_SKEW_MS))} (${fmt(now)} - 15 min.)`,
    );
  }
  return signedAt;
}

/**
 * Recomputes the signature with the caller's secret over exactly the canonical request the caller
 * signed, and compares in constant time. @smithy/signature-v4 (the JS SDK's signer) computes it,
 * driven so that it adds nothing of its own: no X-Amz-Content-Sha256 header (`applyChecksum: false`;
 * botocore signs `content-type;host;x-amz-date` and no such header) and no X-Amz-Security-Token
 * (no session token in its credentials): the token counts only where the caller signed it. Given
 * only the signed headers, the signer's canonical headers are the caller's list exactly.
 */
export async function signatureMatches(
  request: SignedRequest,
  authorization: Authorization,
  credentials: { secretAccessKey: string },
  signedAt: Date,
): Promise<boolean> {
  const headers: Record<string, string> = {};
  for (const name of authorization.signedHeaders) {
    const value = request.headers.get(name);
    if (value === null) return false;
    headers[name] = value;
  }
  // The signer takes a signed X-Amz-Content-Sha256 header on trust as the body's hash; without this
  // check a captured request could carry any other body under the same signature.
  const declaredHash = headers["x-amz-content-sha256"];
  if (declaredHash !== undefined && declaredHash !== createHash("sha256").update(request.body).digest("hex")) return false;
  const signer = new SignatureV4({
    credentials: { accessKeyId: authorization.accessKeyId, secretAccessKey: credentials.secretAccessKey },
    region: authorization.region,
    service: authorization.service,
    sha256: Sha256,
    applyChecksum: false,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: request.method,
      protocol: request.url.protocol,
      hostname: request.url.hostname,
      port: request.url.port ? Number(request.url.port) : undefined,
      path: request.url.pathname,
      query: queryOf(request.url),
      headers,
      body: request.body,
    }),
    { signingDate: signedAt, signableHeaders: new Set(authorization.signedHeaders) },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(signed.headers.authorization ?? "")?.[1] ?? "";
  return expected.length === 64 && timingSafeEqual(Buffer.from(expected), Buffer.from(authorization.signature));
}

/** The URL's query as the signer takes it: repeated keys as arrays. */
function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    const existing = query[key];
    query[key] = existing === undefined ? value : ([] as string[]).concat(existing, value);
  }
  return query;
}
