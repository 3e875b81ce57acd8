import { type NextRequest, NextResponse } from "next/server";
import { cameOverHttps } from "./lib/auth/request-context";
import { SERVER_ACTION_MAX_BODY_BYTES } from "./lib/http/body-limits";
import { contentSecurityPolicy, newNonce, STRICT_TRANSPORT_SECURITY } from "./lib/http/security-headers";

// Early answers and the pages' security headers; every real check lives in lib/auth, on every request.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * A server action posted without a length, or with one over the limit. Browsers always send the
 * length of an action's body; Next would read a chunked one up to its limit and then answer 500.
 */
function oversizedAction(request: NextRequest): boolean {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  const length = request.headers.get("content-length");
  return length === null || !/^\d+$/.test(length) || Number(length) > SERVER_ACTION_MAX_BODY_BYTES;
}

function earlyAnswer(request: NextRequest): NextResponse | null {
  if (oversizedAction(request)) {
    return new NextResponse(`Request body must be at most ${SERVER_ACTION_MAX_BODY_BYTES} bytes, with its Content-Length.`, { status: 413 });
  }
  // A request without any session cookie cannot reach a console page. Whether a cookie is valid,
  // unexpired and not signed out is checked in lib/auth/session.ts.
  if (request.nextUrl.pathname.startsWith("/iam") && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const signIn = new URL("/signin", request.url);
    signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(signIn);
  }
  return null;
}

export function proxy(request: NextRequest) {
  const https = cameOverHttps(request.headers);
  const policy = contentSecurityPolicy(newNonce(), { https, development: process.env.NODE_ENV === "development" });
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = earlyAnswer(request) ?? NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  if (https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

// Every page (console, sign-in, sign-up, authenticator) and so every server action; not the API routes,
// which read their own bodies within their limits, nor the build's static files.
export const config = { matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"] };
