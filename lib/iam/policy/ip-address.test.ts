import { describe, expect, it } from "vitest";
import { ipInRange, parseIpAddress, parseIpRange } from "./ip-address";

describe("IP addresses and ranges", () => {
  it("reads IPv4 and IPv6, compressed and with an embedded IPv4 address", () => {
    expect(parseIpAddress("192.0.2.1")?.bytes).toEqual(Uint8Array.from([192, 0, 2, 1]));
    expect(parseIpAddress("::1")?.bytes.at(-1)).toBe(1);
    expect(parseIpAddress("2001:db8::ff00:42:8329")?.version).toBe(6);
    expect(Array.from(parseIpAddress("::ffff:192.0.2.1")?.bytes ?? []).slice(10)).toEqual([255, 255, 192, 0, 2, 1]);
  });

  it("refuses what is not an address or a range", () => {
    for (const text of ["256.0.0.1", "1.2.3", "1:2:3:4:5:6:7:8:9", "1::2::3", "g::1", "example.com", ""]) expect(parseIpAddress(text), text).toBeNull();
    for (const text of ["192.0.2.0/33", "2001:db8::/129", "192.0.2.0/24/1", "192.0.2.0/x"]) expect(parseIpRange(text), text).toBeNull();
  });

  it("matches by prefix, at byte and bit boundaries, never across versions", () => {
    const inside = (address: string, range: string) => ipInRange(parseIpAddress(address)!, parseIpRange(range)!);
    expect(inside("10.1.2.3", "10.0.0.0/8")).toBe(true);
    expect(inside("10.1.2.3", "10.0.0.0/16")).toBe(false);
    expect(inside("192.0.2.130", "192.0.2.128/25")).toBe(true);
    expect(inside("192.0.2.127", "192.0.2.128/25")).toBe(false);
    expect(inside("203.0.113.9", "0.0.0.0/0")).toBe(true);
    expect(inside("192.0.2.1", "::/0")).toBe(false);
    expect(inside("2001:db8::1", "2001:db8::/32")).toBe(true);
  });
});
