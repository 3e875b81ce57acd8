import "server-only";
import { log } from "../log";
import { randomUUID } from "node:crypto";
import { iamSettings } from "../config/iam-settings";
import { accountNow } from "../clock/account-clock";
import { getDb } from "../db/client";
import { readBodyWithin } from "../http/read-body";
import { requestContextFrom } from "../auth/request-context";
import { requireMfaForApi } from "../iam/require-mfa-for-api";
import { findSigningCredentials, hashSessionToken, markAccessKeyUsed } from "../iam/signing-credentials";
import { QueryError, SIGNATURE_MISMATCH, toQueryError } from "./errors";
import type { Operation, OperationContext } from "./operation";
import { checkScope, checkSigningDate, parseAuthorization, signatureMatches, type SignedRequest } from "./sigv4";
import { errorXml, type QueryService, successXml } from "./xml";

/** AWS's Query API takes small form posts; anything bigger is refused before it is parsed. */
export const MAX_BODY_BYTES = 64 * 1024;

const VERSIONS: Record<QueryService, string> = { iam: "2010-05-08", sts: "2011-06-15" };

function xmlResponse(body: string, status: number, requestId: string): Response {
  return new Response(body, {
    status,
    // no-transform: Next would gzip the body, and the SDKs' HTTP handlers do not inflate responses.
    headers: { "content-type": "text/xml", "x-amzn-requestid": requestId, "cache-control": "no-store, no-transform" },
  });
}

async function readBody(request: Request): Promise<string> {
  const body = await readBodyWithin(request, MAX_BODY_BYTES);
  if (body === null) throw new QueryError("RequestEntityTooLarge", `Request body must be at most ${MAX_BODY_BYTES} bytes.`);
  return body;
}

/** The caller behind a SigV4 signature, and whether its credentials carry MFA. Never the console's cookie. */
async function authenticate(service: QueryService, signed: SignedRequest, now: Date): Promise<Omit<OperationContext, "params" | "db" | "now" | "context" | "settings">> {
  const authorization = parseAuthorization(signed.headers.get("authorization"));
  checkScope(authorization, service);
  const signedAt = checkSigningDate(signed, authorization, now);
  const credentials = await findSigningCredentials(getDb(), {
    accessKeyId: authorization.accessKeyId,
    now,
    encryptionKey: iamSettings().encryptionKey,
  });
  if (!credentials) throw new QueryError("InvalidClientTokenId", "The security token included in the request is invalid.");
  const sessionToken = signed.headers.get("x-amz-security-token") ?? undefined;
  if (credentials.sessionTokenHash !== null && (!sessionToken || hashSessionToken(sessionToken) !== credentials.sessionTokenHash)) {
    throw new QueryError("InvalidClientTokenId", "The security token included in the request is invalid.");
  }
  if (!(await signatureMatches(signed, authorization, credentials, signedAt))) {
    throw new QueryError("SignatureDoesNotMatch", SIGNATURE_MISMATCH);
  }
  // AWS refuses GetSessionToken's credentials without MFA on every IAM call, with the answer of an
  // unknown key (API reference, GetSessionToken: "You cannot call any IAM API operations unless MFA
  // authentication information is included in the request"; what clients then see is
  // InvalidClientTokenId, as reported in 99designs/aws-vault #15 and #1056 and aws/aws-sdk-js #460).
  if (service === "iam" && credentials.sessionTokenHash !== null && !credentials.mfaAuthenticatedAt) {
    throw new QueryError("InvalidClientTokenId", "The security token included in the request is invalid");
  }
  await markAccessKeyUsed(getDb(), { accessKeyId: authorization.accessKeyId, service, region: authorization.region, now });
  return {
    actor: credentials.principal,
    accessKeyId: authorization.accessKeyId,
    temporary: credentials.sessionTokenHash !== null,
    mfaAuthenticatedAt: credentials.mfaAuthenticatedAt,
  };
}

/**
 * The Query protocol door: form-encoded POST (or GET with the same parameters in the query string),
 * SigV4-authenticated, dispatched by Action to one lib/iam function, answered in AWS's XML. Every
 * failure is an AWS error envelope; nothing unexpected leaks beyond a ServiceFailure.
 */
export async function handleQuery(service: QueryService, operations: Record<string, Operation>, request: Request): Promise<Response> {
  const requestId = randomUUID();
  const now = new Date();
  try {
    const body = request.method === "POST" ? await readBody(request) : "";
    const url = new URL(request.url);
    const params = Object.fromEntries(
      request.method === "POST" ? new URLSearchParams(body) : url.searchParams,
    ) as Record<string, string>;
    const signed: SignedRequest = { method: request.method, url, headers: request.headers, body };
    const caller = await authenticate(service, signed, now);

    const action = params.Action;
    if (!action) throw new QueryError("MissingAction", "Missing Action");
    const operation = Object.hasOwn(operations, action) ? operations[action] : undefined;
    if (!operation || (params.Version && params.Version !== VERSIONS[service])) {
      throw new QueryError("InvalidAction", `Could not find operation ${action} for version ${params.Version ?? VERSIONS[service]}`);
    }
    if (service === "iam") {
      await requireMfaForApi(getDb(), { actor: caller.actor, mfaAuthenticatedAt: caller.mfaAuthenticatedAt, action });
    }
    const result = await operation({
      ...caller,
      params,
      db: getDb(),
      // The signature was checked against the real clock (the CLI and SDKs sign with it); the operation
      // runs at the account's own time (lib/clock/account-clock.ts).
      now: await accountNow(getDb(), caller.actor.accountId, now),
      context: requestContextFrom(request.headers),
      settings: iamSettings(),
    });
    return xmlResponse(successXml(service, action, result, requestId), 200, requestId);
  } catch (caught) {
    const error = toQueryError(caught) ?? new QueryError("ServiceFailure", "An internal error occurred.");
    if (error.code === "ServiceFailure") {
      log.error("query request failed", { requestId, service, error: caught instanceof Error ? caught.message : String(caught) });
    }
    return xmlResponse(errorXml(service, { type: error.type, code: error.code, message: error.message }, requestId), error.status, requestId);
  }
}
