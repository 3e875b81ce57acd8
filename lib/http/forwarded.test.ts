import { describe, expect, it } from "vitest";
import { clientAddress, isHttpsRequest, PEER_ADDRESS_HEADER, requestOrigin } from "./forwarded";

const request = (headers: Record<string, string>) => new Headers({ host: "lab.example:3000", ...headers });
const NO_PROXY = { trustedProxyHops: 0 };
const ONE_PROXY = { trustedProxyHops: 1 };
const TWO_PROXIES = { trustedProxyHops: 2 };

describe("clientAddress", () => {
  it("is the connection's address without trusted proxies, whatever X-Forwarded-For and X-Real-IP say", () => {
    const headers = request({ [PEER_ADDRESS_HEADER]: "203.0.113.7", "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.2" });
    expect(clientAddress(headers, NO_PROXY)).toBe("203.0.113.7");
  });

  it("takes the hop the nearest trusted proxy saw, not the first one a client can write", () => {
    // client wrote "6.6.6.6"; the proxy appended the address it received from; the proxy is our peer.
    const headers = request({ [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.9" });
    expect(clientAddress(headers, ONE_PROXY)).toBe("198.51.100.9");
    expect(clientAddress(request({ [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.9, 10.0.0.1" }), TWO_PROXIES)).toBe(
      "198.51.100.9",
    );
  });

  it("falls back to the furthest hop when fewer proxies than trusted wrote one", () => {
    expect(clientAddress(request({ [PEER_ADDRESS_HEADER]: "10.0.0.2" }), ONE_PROXY)).toBe("10.0.0.2");
  });

  it("shows an IPv4 peer of a dual-stack socket in its IPv4 form, and keeps IPv6", () => {
    expect(clientAddress(request({ [PEER_ADDRESS_HEADER]: "::ffff:127.0.0.1" }), NO_PROXY)).toBe("127.0.0.1");
    expect(clientAddress(request({ [PEER_ADDRESS_HEADER]: "::1" }), NO_PROXY)).toBe("::1");
  });

  it("is null without the stamped peer, or when the trusted hop is not an address", () => {
    expect(clientAddress(request({ "x-forwarded-for": "198.51.100.1" }), ONE_PROXY)).toBeNull();
    expect(clientAddress(request({ [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "<script>" }), ONE_PROXY)).toBeNull();
  });
});

describe("isHttpsRequest and requestOrigin", () => {
  it("believe X-Forwarded-Proto only from a trusted proxy", () => {
    const headers = request({ "x-forwarded-proto": "https" });
    expect(isHttpsRequest(headers, NO_PROXY)).toBe(false);
    expect(isHttpsRequest(headers, ONE_PROXY)).toBe(true);
    expect(requestOrigin(headers, NO_PROXY)).toBe("http://lab.example:3000");
    expect(requestOrigin(headers, ONE_PROXY)).toBe("https://lab.example:3000");
  });

  it("take the host a trusted proxy was asked for", () => {
    const headers = request({ "x-forwarded-proto": "https", "x-forwarded-host": "iam.school.example" });
    expect(requestOrigin(headers, ONE_PROXY)).toBe("https://iam.school.example");
    expect(requestOrigin(headers, NO_PROXY)).toBe("http://lab.example:3000");
  });

  it("read the nearest proxy's value when proxies append", () => {
    expect(isHttpsRequest(request({ "x-forwarded-proto": "https, http" }), ONE_PROXY)).toBe(false);
  });
});
