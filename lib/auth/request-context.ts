import type { RequestContext } from "../iam/principal";

/** Source IP and user agent of a request, for the event history. The first X-Forwarded-For hop is the client. */
export function requestContextFrom(headers: Headers): RequestContext {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    sourceIp: forwarded || headers.get("x-real-ip") || null,
    userAgent: headers.get("user-agent"),
  };
}
