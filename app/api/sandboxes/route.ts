import { takeSignUpSlot } from "@/lib/auth/rate-limit";
import { requestContextFrom } from "@/lib/auth/request-context";
import { env } from "@/lib/config/env";
import { iamSettings } from "@/lib/config/iam-settings";
import { getDb } from "@/lib/db/client";
import { readBodyWithin } from "@/lib/http/read-body";
import { createSandbox } from "@/lib/iam/create-sandbox";
import { isIamError } from "@/lib/iam/errors";
import { sandboxRequestSchema } from "@/lib/iam/sign-up-schema";
import { messagesFor } from "@/lib/i18n/catalogues";
import { lookup } from "@/lib/i18n/messages";
import { log, REQUEST_ID_HEADER, requestIdFrom } from "@/lib/log";

// POST /api/sandboxes: the sign-up page for scripts (Playwright fixtures, a teacher preparing a class).
// Public by design, like the page: it creates a new isolated account and can touch no other one.
//   {"email","accountName","password","users":[{"userName","password"?,"administrator"?}],"accessKey"?:true,
//    "consoleVersion"?:"2021"|"current","controlledClock"?:true}
//   201 {"accountId","signInUrl","users":[{"userName","arn"}],"accessKey"?:{"accessKeyId","secretAccessKey"},"clockToken"?}
//   controlledClock (TEST_CLOCKS on only): the account's clock moves only through ./[accountId]/clock
//   400 {"error":{"code":"ValidationError","message","fields":{"users.0.userName":"..."}}}, 409 EntityAlreadyExists,
//   429 Throttling (with Retry-After) past SIGN_UP_RATE_LIMIT, which the sign-up page shares
// Nothing in the request is echoed or logged: it holds passwords. The root user's access key, when
// asked for, gives no more than the password just chosen would (sign in, Create access key).
export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 16 * 1024;

function errorResponse(status: number, code: string, message: string, requestId: string, fields?: Record<string, string>): Response {
  return Response.json({ error: { code, message, ...(fields && { fields }) } }, { status, headers: { "cache-control": "no-store", [REQUEST_ID_HEADER]: requestId } });
}

export async function POST(request: Request): Promise<Response> {
  const requestId = requestIdFrom(request.headers);
  if (!request.headers.get("content-type")?.startsWith("application/json")) {
    return errorResponse(415, "UnsupportedMediaType", "Send the request as application/json.", requestId);
  }
  const body = await readBodyWithin(request, MAX_BODY_BYTES);
  if (body === null) return errorResponse(413, "RequestEntityTooLarge", `Request body must be at most ${MAX_BODY_BYTES} bytes.`, requestId);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return errorResponse(400, "MalformedInput", "The request body is not valid JSON.", requestId);
  }
  const parsed = sandboxRequestSchema.safeParse(json);
  if (!parsed.success) {
    const messages = messagesFor("en");
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.join(".") || "request";
      fields[key] ??= issue.message.includes(".") ? lookup(messages, issue.message) : issue.message;
    }
    return errorResponse(400, "ValidationError", "The request has invalid fields.", requestId, fields);
  }
  if (parsed.data.controlledClock && !env().TEST_CLOCKS) {
    return errorResponse(400, "ValidationError", "The request has invalid fields.", requestId, {
      controlledClock: "Controlled clocks are off on this server: a test server starts with TEST_CLOCKS=true.",
    });
  }
  const now = new Date();
  const context = requestContextFrom(request.headers);
  const slot = await takeSignUpSlot(getDb(), context.sourceIp, now);
  if (!slot.allowed) {
    const response = errorResponse(429, "Throttling", "Too many accounts were created from this address in the last hour.", requestId);
    response.headers.set("retry-after", String(Math.max(1, Math.ceil((slot.retryAt.getTime() - now.getTime()) / 1000))));
    return response;
  }
  try {
    const sandbox = await createSandbox(getDb(), parsed.data, { now, context, settings: iamSettings() });
    const signInUrl = new URL(`/signin?account=${sandbox.accountId}`, request.url).toString();
    return Response.json({ ...sandbox, signInUrl }, { status: 201, headers: { "cache-control": "no-store", [REQUEST_ID_HEADER]: requestId } });
  } catch (error) {
    if (isIamError(error) && error.code === "EntityAlreadyExists") return errorResponse(409, error.code, error.message, requestId);
    log.error("sandbox creation failed", { requestId, route: "/api/sandboxes", error: error instanceof Error ? error.message : String(error) });
    return errorResponse(500, "ServiceFailure", "An internal error occurred.", requestId);
  }
}
