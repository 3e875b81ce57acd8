import "server-only";
import { log } from "../log";
import { randomUUID } from "node:crypto";
import { iamSettings } from "../config/iam-settings";
import { clockedNow } from "../clock/account-clock";
import { getDb } from "../db/client";
import { readBodyWithin } from "../http/read-body";
import { cameOverHttps, requestContextFrom } from "../auth/request-context";
import { findSigningCredentials, hashSessionToken, markAccessKeyUsed, markRoleUsed } from "../iam/signing-credentials";
import { QueryError, SIGNATURE_MISMATCH, toQueryError } from "./errors";
import type { Operation, OperationContext } from "./operation";
import { readSignature, SIGNATURE_QUERY_PARAMS, signatureMatches, type SignedRequest } from "./sigv4";
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

const invalidToken = () => new QueryError("InvalidClientTokenId", "The security token included in the request is invalid.");

type Caller = Pick<OperationContext, "actor" | "accessKeyId" | "temporary" | "credentialsIssuedAt" | "mfaAuthenticatedAt">;

type Authenticated = {
  caller: Caller;
  /** The account's own time (lib/clock/account-clock.ts), from the same query. */
  accountNow: Date;
};

/**
 * The caller behind a SigV4 signature, with the facts of the request its policies are evaluated on
 * (lib/iam/authorize.ts): its session's MFA and issue time, its address and transport; and its account's clock. Never the console's cookie. One query for a long-term key (two for an IAM user's
 * session credentials), and a write of the key's last use at most once a minute.
 */
async function authenticate(service: QueryService, signed: SignedRequest, now: Date, request: Request): Promise<Authenticated> {
  const signature = readSignature(signed, service, now);
  const credentials = await findSigningCredentials(getDb(), {
    accessKeyId: signature.accessKeyId,
    now,
    encryptionKey: iamSettings().encryptionKey,
  });
  if (!credentials) throw invalidToken();
  if (!(await signatureMatches(signed, signature, credentials))) {
    throw new QueryError("SignatureDoesNotMatch", SIGNATURE_MISMATCH);
  }
  const { sessionToken } = signature;
  if (credentials.sessionTokenHash !== null && (!sessionToken || hashSessionToken(sessionToken) !== credentials.sessionTokenHash)) {
    throw invalidToken();
  }
  // AWS refuses GetSessionToken's credentials without MFA on every IAM call, with the answer of an
  // unknown key (API reference, GetSessionToken: "You cannot call any IAM API operations unless MFA
  // authentication information is included in the request"; what clients then see is
  // InvalidClientTokenId, as reported in 99designs/aws-vault #15 and #1056 and aws/aws-sdk-js #460).
  // A role session's credentials are the role's, and call IAM as its policies allow, MFA or not.
  const roleSession = credentials.principal.roleSession;
  if (service === "iam" && credentials.sessionTokenHash !== null && !credentials.mfaAuthenticatedAt && !roleSession) {
    throw new QueryError("InvalidClientTokenId", "The security token included in the request is invalid");
  }
  await markAccessKeyUsed(getDb(), { accessKeyId: signature.accessKeyId, service, region: signature.region, now, lastUsedAt: credentials.lastUsedAt });
  if (roleSession) await markRoleUsed(getDb(), { roleId: roleSession.roleId, region: signature.region, now, lastUsedAt: credentials.lastUsedAt });
  const accountNow = clockedNow(credentials.clockOffsetSeconds, now);
  const { sourceIp } = requestContextFrom(request.headers);
  return {
    caller: {
      actor: {
        ...credentials.principal,
        request: {
          now: accountNow,
          ...(credentials.issuedAt && { session: { issuedAt: credentials.issuedAt, mfaAuthenticatedAt: credentials.mfaAuthenticatedAt } }),
          ...(sourceIp && { sourceIp }),
          secureTransport: cameOverHttps(request.headers),
        },
      },
      accessKeyId: signature.accessKeyId,
      temporary: credentials.sessionTokenHash !== null,
      credentialsIssuedAt: credentials.issuedAt,
      mfaAuthenticatedAt: credentials.mfaAuthenticatedAt,
    },
    accountNow,
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
    // The query string's parameters, and a POST's body over them (a presigned POST carries its Action in
    // the URL); a presigned request's signature travels among them, and is no parameter of the operation.
    const params = Object.fromEntries(
      [...url.searchParams, ...new URLSearchParams(body)].filter(([name]) => !SIGNATURE_QUERY_PARAMS.has(name)),
    ) as Record<string, string>;
    const signed: SignedRequest = { method: request.method, url, headers: request.headers, body };
    const { caller, accountNow } = await authenticate(service, signed, now, request);

    const action = params.Action;
    if (!action) throw new QueryError("MissingAction", "Missing Action");
    const operation = Object.hasOwn(operations, action) ? operations[action] : undefined;
    if (!operation || (params.Version && params.Version !== VERSIONS[service])) {
      throw new QueryError("InvalidAction", `Could not find operation ${action} for version ${params.Version ?? VERSIONS[service]}`);
    }
    const result = await operation({
      ...caller,
      params,
      db: getDb(),
      // The signature was checked against the real clock (the CLI and SDKs sign with it); the operation
      // runs at the account's own time (lib/clock/account-clock.ts).
      now: accountNow,
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
