import { isIP } from "node:net";

/**
 * The TCP peer's address, stamped on every request by scripts/server-preload.mjs (preloaded into the
 * server by `npm start` and the Docker image), which overwrites whatever a client sent under this name.
 * Next.js does not expose the connection's address to route handlers or server actions: it only fills
 * X-Forwarded-For with it when the client sent none, so that header alone cannot tell a forged hop.
 */
export const PEER_ADDRESS_HEADER = "x-mock-iam-peer-address";

/** How far to believe forwarded headers: the number of reverse proxies in front of the server (0: none). */
export type ProxyTrust = { trustedProxyHops: number };

const hopsOf = (header: string | null) =>
  (header ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);

/** "::ffff:127.0.0.1" is how Node reports an IPv4 peer on a dual-stack socket; the event history shows AWS's form. */
const plainAddress = (address: string) => (address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address);

/**
 * The client's address. Without trusted proxies it is the connection's own; behind N of them, each
 * appends the address it received from to X-Forwarded-For, so the client is the hop N places from the
 * right of "X-Forwarded-For, peer" (entries further left were written by the client and prove nothing).
 * Null when the peer is unknown (a server started without the preload) or a hop is not an address.
 */
export function clientAddress(headers: Headers, { trustedProxyHops }: ProxyTrust): string | null {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim();
  if (!peer) return null;
  const chain = trustedProxyHops === 0 ? [peer] : [...hopsOf(headers.get("x-forwarded-for")), peer];
  const hop = plainAddress(chain[Math.max(0, chain.length - 1 - trustedProxyHops)]!);
  return isIP(hop) ? hop : null;
}

/**
 * Whether the client reached us over HTTPS: only a trusted proxy can say so (the server itself speaks
 * plain HTTP). The nearest proxy's X-Forwarded-Proto is the last value when proxies append to it.
 */
export function isHttpsRequest(headers: Headers, { trustedProxyHops }: ProxyTrust): boolean {
  return trustedProxyHops > 0 && hopsOf(headers.get("x-forwarded-proto")).at(-1)?.toLowerCase() === "https";
}

/** This request's origin as the browser sees it: for what is same-origin, and for links the console shows. */
export function requestOrigin(headers: Headers, trust: ProxyTrust): string {
  const forwardedHost = trust.trustedProxyHops > 0 ? hopsOf(headers.get("x-forwarded-host")).at(-1) : undefined;
  const host = forwardedHost ?? headers.get("host") ?? "localhost";
  return `${isHttpsRequest(headers, trust) ? "https" : "http"}://${host}`;
}
