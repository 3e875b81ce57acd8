import { createHash, timingSafeEqual } from "node:crypto";
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { QueryError } from "./errors";
import type { QueryService } from "./xml";

// Signature Version 4, in both of its forms: the Authorization header, and the query string of a
// presigned URL (X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date, X-Amz-SignedHeaders, X-Amz-Signature,
// X-Amz-Security-Token). The checks and their messages follow AWS's front end, in its order: what is
// missing, the date, host, the algorithm, the credential's shape and scope; then (handle-query.ts)
// the key, the signature and the session token.

/** AWS refuses a signature more than 15 minutes away from its own clock. */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

/** IAM is global: its one signing region (botocore's endpoint rules give `signingRegion: us-east-1`). */
export const IAM_SIGNING_REGION = "us-east-1";

const ALGORITHM = "AWS4-HMAC-SHA256";
const TERMINATOR = "aws4_request";

export type SignedRequest = { method: string; url: URL; headers: Headers; body: string };

/** A request's signature, in either form, checked for everything that needs no secret. */
export type Signature = {
  form: "header" | "query";
  accessKeyId: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
  /** X-Amz-Date, when the request was signed. */
  signedAt: Date;
  /** X-Amz-Security-Token, for temporary credentials. */
  sessionToken: string | null;
};

/** The query-string parameters of a presigned request, in the order AWS names the missing ones. */
const QUERY_PARTS = ["X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Signature", "X-Amz-SignedHeaders", "X-Amz-Date"] as const;

/** Every query parameter that belongs to the signature, not to the operation. */
export const SIGNATURE_QUERY_PARAMS = new Set<string>([...QUERY_PARTS, "X-Amz-Expires", "X-Amz-Security-Token"]);

const incomplete = (message: string) => new QueryError("IncompleteSignature", message);

/** The Authorization header's `Key=value` parameters after the algorithm. */
function headerParameters(header: string): { algorithm: string; values: Record<string, string> } {
  const [algorithm, ...rest] = header.trim().split(/\s+/);
  const values: Record<string, string> = {};
  for (const pair of rest.join(" ").split(/[,\s]+/).filter(Boolean)) {
    const at = pair.indexOf("=");
    if (at > 0) values[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return { algorithm, values };
}

/** The signature's raw parts, from the header or the query string; what is missing is named as AWS names it. */
function rawParts(request: SignedRequest) {
  const header = request.headers.get("authorization");
  const query = request.url.searchParams;
  if (header !== null && query.has("X-Amz-Algorithm")) {
    throw incomplete("Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.");
  }
  if (header !== null && header.trim().startsWith("AWS4-")) {
    const { algorithm, values } = headerParameters(header);
    const stamp = request.headers.get("x-amz-date") ?? request.headers.get("date");
    const missing = ["Credential", "Signature", "SignedHeaders"].filter((name) => !values[name]).map((name) => `Authorization header requires '${name}' parameter. `);
    if (stamp === null) missing.push("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
    if (missing.length > 0) throw incomplete(`${missing.join("")}Authorization=${header}`);
    return {
      form: "header" as const,
      algorithm,
      credential: values.Credential,
      signedHeaders: values.SignedHeaders,
      signature: values.Signature,
      stamp: stamp!,
      sessionToken: request.headers.get("x-amz-security-token"),
    };
  }
  if (header === null && query.has("X-Amz-Algorithm")) {
    const missing = QUERY_PARTS.filter((name) => !query.get(name)).map((name) => `AWS query-string parameters must include '${name}'. `);
    if (missing.length > 0) throw incomplete(`${missing.join("")}Re-examine the query-string parameters.`);
    return {
      form: "query" as const,
      algorithm: query.get("X-Amz-Algorithm")!,
      credential: query.get("X-Amz-Credential")!,
      signedHeaders: query.get("X-Amz-SignedHeaders")!,
      signature: query.get("X-Amz-Signature")!,
      stamp: query.get("X-Amz-Date")!,
      sessionToken: query.get("X-Amz-Security-Token"),
    };
  }
  throw new QueryError("MissingAuthenticationToken", "Request is missing Authentication Token");
}

const basicIso = (date: Date) => date.toISOString().replace(/[-:]|\.\d{3}/g, "");

/** The signing time, within 15 minutes of ours either way. */
function signingTime(stamp: string, now: Date): Date {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp);
  if (!match) throw incomplete(`Date must be in ISO-8601 'basic format'. Got '${stamp}'. See http://en.wikipedia.org/wiki/ISO_8601`);
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const signedAt = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (Math.abs(now.getTime() - signedAt.getTime()) > MAX_CLOCK_SKEW_MS) {
    throw new QueryError(
      "SignatureDoesNotMatch",
      `Signature expired: ${stamp} is now earlier than ${basicIso(new Date(now.getTime() - MAX_CLOCK_SKEW_MS))} (${basicIso(now)} - 15 min.)`,
    );
  }
  return signedAt;
}

/**
 * The credential scope `keyid/date/region/service/aws4_request`. IAM's region is us-east-1 only; STS
 * takes any region, as its regional endpoints do. botocore (AWS CLI v2, boto3) signs for the
 * configured region when an endpoint URL is given, so a learner set up for ap-northeast-2 is told what
 * to change, after AWS's own sentence.
 */
function scopeOf(credential: string, stamp: string, service: QueryService) {
  const elements = credential.replace(/\/+$/, "").split("/");
  if (elements.length !== 5) {
    throw incomplete(`Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${credential}'`);
  }
  const [accessKeyId, date, region, scopeService, terminator] = elements;
  const wrongRegion = service === "iam" ? region !== IAM_SIGNING_REGION : !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region);
  const problems = [
    wrongRegion && `Credential should be scoped to a valid region, not '${region}'. `,
    scopeService !== service && `Credential should be scoped to correct service: '${service}'. `,
    terminator !== TERMINATOR && `Credential should be scoped with a valid terminator: '${TERMINATOR}', not '${terminator}'. `,
    date !== stamp.slice(0, 8) &&
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${date}' != '${stamp.slice(0, 8)}', from '${stamp}'. `,
  ].filter((problem): problem is string => typeof problem === "string");
  if (wrongRegion && service === "iam") {
    problems.push(`IAM is global and signed for ${IAM_SIGNING_REGION}: use --region ${IAM_SIGNING_REGION} with the AWS CLI, region_name="${IAM_SIGNING_REGION}" with boto3.`);
  }
  if (problems.length > 0) throw new QueryError("SignatureDoesNotMatch", problems.join(""));
  return { accessKeyId, region, service: scopeService };
}

/**
 * Everything about a request's signature that needs no secret, checked as AWS checks it: a missing
 * signature (MissingAuthenticationToken), missing parts (IncompleteSignature), the date and its 15
 * minutes, host among the signed headers (unsigned, the request could be replayed to another
 * endpoint), the algorithm, the credential scope.
 *
 * A presigned request is good for the same 15 minutes: AWS's IAM and STS do not consider
 * X-Amz-Expires (only S3 does), which the signature still covers.
 */
export function readSignature(request: SignedRequest, service: QueryService, now: Date): Signature {
  const raw = rawParts(request);
  const signedAt = signingTime(raw.stamp, now);
  const signedHeaders = raw.signedHeaders.split(";");
  if (!signedHeaders.includes("host")) {
    throw new QueryError("SignatureDoesNotMatch", "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  }
  if (raw.algorithm !== ALGORITHM) throw incomplete(`Unsupported AWS 'algorithm': '${raw.algorithm}' (only ${ALGORITHM} for now). `);
  const scope = scopeOf(raw.credential, raw.stamp, service);
  return { form: raw.form, ...scope, signedHeaders, signature: raw.signature, signedAt, sessionToken: raw.sessionToken };
}

/**
 * Recomputes the signature with the caller's secret over exactly the canonical request the caller
 * signed, and compares in constant time. @smithy/signature-v4 (the JS SDK's signer) computes it,
 * driven so that it adds nothing of its own to the canonical request:
 * - no X-Amz-Content-Sha256 header (`applyChecksum: false`): botocore signs `content-type;host;x-amz-date`;
 * - no X-Amz-Security-Token header (no session token in its credentials): the token is in the canonical
 *   request only where the caller put it, a header or the query;
 * - given only the signed headers, its canonical headers are the caller's list; the X-Amz-Date header it
 *   always sets is kept out unless the caller signed one (`unsignableHeaders`), which a presigned
 *   request does not: its date is in the query, which the signer takes whole but X-Amz-Signature.
 * Both forms are thus one `sign()`: the string to sign holds the same date, scope and canonical request.
 */
export async function signatureMatches(request: SignedRequest, signature: Signature, credentials: { secretAccessKey: string }): Promise<boolean> {
  const headers: Record<string, string> = {};
  for (const name of signature.signedHeaders) {
    const value = request.headers.get(name);
    if (value === null) return false;
    headers[name] = value;
  }
  // The signer takes a signed X-Amz-Content-Sha256 header on trust as the body's hash; without this
  // check a captured request could carry any other body under the same signature.
  const declaredHash = headers["x-amz-content-sha256"];
  if (declaredHash !== undefined && declaredHash !== createHash("sha256").update(request.body).digest("hex")) return false;
  const signer = new SignatureV4({
    credentials: { accessKeyId: signature.accessKeyId, secretAccessKey: credentials.secretAccessKey },
    region: signature.region,
    service: signature.service,
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
    { signingDate: signature.signedAt, signableHeaders: new Set(signature.signedHeaders), unsignableHeaders: new Set(["x-amz-date"]) },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(signed.headers.authorization ?? "")?.[1] ?? "";
  return expected.length === 64 && /^[0-9a-f]{64}$/.test(signature.signature) && timingSafeEqual(Buffer.from(expected), Buffer.from(signature.signature));
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
