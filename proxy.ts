import { type NextRequest, NextResponse } from "next/server";
import { cameOverHttps } from "./lib/auth/request-context";
import { isPlainActionPayload } from "./lib/http/action-payload";
import { SERVER_ACTION_MAX_BODY_BYTES } from "./lib/http/body-limits";
import { contentSecurityPolicy, newNonce, STRICT_TRANSPORT_SECURITY } from "./lib/http/security-headers";

// Early answers and the pages' security headers; every real check lives in lib/auth, on every request.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

const isAction = (request: NextRequest) => request.method === "POST" && request.headers.has("next-action");

/**
 * A server action posted without a length, or with one over the limit. Browsers always send the
 * length of an action's body; Next would read a chunked one up to its limit and then answer 500.
 */
function oversizedAction(request: NextRequest): boolean {
  if (!isAction(request)) return false;
  const length = request.headers.get("content-length");
  return length === null || !/^\d+$/.test(length) || Number(length) > SERVER_ACTION_MAX_BODY_BYTES;
}

/** Whether a path's percent-escapes decode ("%ff" does not; Next would fail on it inside a dynamic route with a 500). */
function decodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * A server action's body that Next's decoder would fail on with a 500: a text body that is not a plain
 * argument list (action-payload.ts), or a type no browser sends for an action. Forms post multipart,
 * which Next parses itself.
 */
async function malformedAction(request: NextRequest): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) return false;
  if (!type.startsWith("text/plain")) return true;
  return !isPlainActionPayload(await request.text());
}

async function earlyAnswer(request: NextRequest): Promise<NextResponse | null> {
  if (!decodablePath(request.nextUrl.pathname)) return new NextResponse("Bad Request: the path is not valid percent-encoded UTF-8.", { status: 400 });
  if (oversizedAction(request)) {
    return new NextResponse(`Request body must be at most ${SERVER_ACTION_MAX_BODY_BYTES} bytes, with its Content-Length.`, { status: 413 });
  }
  if (isAction(request) && (await malformedAction(request))) return new NextResponse("Bad Request: not a server action payload.", { status: 400 });
  // A request without any session cookie cannot reach a console page. Whether a cookie is valid,
  // unexpired and not signed out is checked in lib/auth/session.ts.
  if (request.nextUrl.pathname.startsWith("/iam") && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const signIn = new URL("/signin", request.url);
    signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(signIn);
  }
  return null;
}

export async function proxy(request: NextRequest) {
  const https = cameOverHttps(request.headers);
  const policy = contentSecurityPolicy(newNonce(), { https, development: process.env.NODE_ENV === "development" });
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = (await earlyAnswer(request)) ?? NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  if (https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

// Every page (console, sign-in, sign-up, authenticator) and so every server action; not the API routes,
// which read their own bodies within their limits, nor the build's static files.
export const config = { matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"] };
