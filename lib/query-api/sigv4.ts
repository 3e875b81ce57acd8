import { createHash, timingSafeEqual } from "node:crypto";
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { QueryError, SIGNATURE_MISMATCH } from "./errors";

/** AWS refuses a signature more than 15 minutes away from its own clock. */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

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
  return { accessKeyId, scopeDate, region, service, signedHeaders: signedHeaders.split(";"), signature };
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
 * Recomputes the signature with the caller's secret over exactly the headers the caller signed, and
 * compares in constant time. @smithy/signature-v4 is the SDK's own signer, so the canonical request
 * is built the way the client built it.
 */
export async function signatureMatches(
  request: SignedRequest,
  authorization: Authorization,
  credentials: { secretAccessKey: string; sessionToken?: string },
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
    credentials: { accessKeyId: authorization.accessKeyId, secretAccessKey: credentials.secretAccessKey, sessionToken: credentials.sessionToken },
    region: authorization.region,
    service: authorization.service,
    sha256: Sha256,
  });
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of request.url.searchParams) {
    const existing = query[key];
    query[key] = existing === undefined ? value : ([] as string[]).concat(existing, value);
  }
  const signed = await signer.sign(
    new HttpRequest({
      method: request.method,
      protocol: request.url.protocol,
      hostname: request.url.hostname,
      port: request.url.port ? Number(request.url.port) : undefined,
      path: request.url.pathname,
      query,
      headers,
      body: request.body,
    }),
    { signingDate: signedAt, signableHeaders: new Set(authorization.signedHeaders) },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(signed.headers.authorization ?? "")?.[1] ?? "";
  return expected.length === 64 && timingSafeEqual(Buffer.from(expected), Buffer.from(authorization.signature));
}
