import { proxyTrust } from "../config/proxy-trust";
import { clientAddress, isHttpsRequest, requestOrigin } from "../http/forwarded";
import type { RequestContext } from "../iam/principal";

// Every door reads who is asking from here, so the rate limits and the event history see the same
// address: the connection's own, or the hop TRUSTED_PROXY_HOPS says to believe (lib/http/forwarded.ts).

/** Source IP and user agent of a request, for the rate limits and the event history. */
export function requestContextFrom(headers: Headers): RequestContext {
  return { sourceIp: clientAddress(headers, proxyTrust()), userAgent: headers.get("user-agent") };
}

export function originFrom(headers: Headers): string {
  return requestOrigin(headers, proxyTrust());
}

export function cameOverHttps(headers: Headers): boolean {
  return isHttpsRequest(headers, proxyTrust());
}
