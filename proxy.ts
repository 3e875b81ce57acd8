import { type NextRequest, NextResponse } from "next/server";

// Early redirect only: a request without any session cookie cannot reach a console page. Whether a
// cookie is valid, unexpired and not signed out is checked in lib/auth/session.ts, on every request.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ["/iam/:path*"] };
