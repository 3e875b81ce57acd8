import { describe, expect, it } from "vitest";
import { generateSync } from "otplib";
import { codeAtStep, generateSeed, isCodeForStep, otpauthUri, timeStepAt, verifyTotp } from "./totp";

// RFC 6238 Appendix B. The seed is the ASCII "12345678901234567890" repeated to the hash's length:
// 20 bytes for SHA-1, 32 for SHA-256, 64 for SHA-512.
const ascii = (length: number) => new TextEncoder().encode("1234567890".repeat(7).slice(0, length));
const VECTORS: [number, string, string, string][] = [
  [59, "94287082", "46119246", "90693936"],
  [1111111109, "07081804", "68084774", "25091201"],
  [1111111111, "14050471", "67062674", "99943326"],
  [1234567890, "89005924", "91819424", "93441116"],
  [2000000000, "69279037", "90698825", "38618901"],
  [20000000000, "65353130", "77737706", "47863826"],
];

describe("RFC 6238 Appendix B through otplib", () => {
  it.each(VECTORS)("at %i s", (seconds, sha1, sha256, sha512) => {
    const at = (secret: Uint8Array, algorithm: "sha1" | "sha256" | "sha512") =>
      generateSync({ secret, algorithm, digits: 8, epoch: seconds });
    expect(at(ascii(20), "sha1")).toBe(sha1);
    expect(at(ascii(32), "sha256")).toBe(sha256);
    expect(at(ascii(64), "sha512")).toBe(sha512);
  });

  it("gives the last six digits of the SHA-1 vectors through the production path", () => {
    // base32 of "12345678901234567890"
    const seed = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    for (const [seconds, sha1] of VECTORS) {
      const step = Math.floor(seconds / 30);
      expect(codeAtStep(seed, step)).toBe(sha1.slice(2));
      expect(isCodeForStep(seed, sha1.slice(2), step)).toBe(true);
      expect(verifyTotp({ seed, code: sha1.slice(2), now: new Date(seconds * 1000), driftSteps: 0 })).toEqual({ ok: true, step });
    }
  });
});

describe("AWS-shaped seeds and URIs", () => {
  it("makes 64-character base32 seeds without padding, never the same twice", () => {
    const seed = generateSeed();
    expect(seed).toMatch(/^[A-Z2-7]{64}$/);
    expect(generateSeed()).not.toBe(seed);
  });

  it("builds the otpauth URI AWS's QR codes carry", () => {
    const uri = otpauthUri({ deviceName: "root-account-mfa-device", accountLabel: "my-lab", seed: "ABCD" });
    const [path, query] = uri.split("?");
    expect(decodeURIComponent(path)).toBe("otpauth://totp/Amazon Web Services:root-account-mfa-device@my-lab");
    const params = new URLSearchParams(query);
    expect(params.get("secret")).toBe("ABCD");
    expect(params.get("issuer")).toBe("Amazon Web Services");
    expect(params.has("algorithm")).toBe(false);
  });
});

describe("verifyTotp with an injected clock", () => {
  const seed = generateSeed();
  const now = new Date("2021-01-20T02:19:36Z");
  const step = timeStepAt(now);

  it("accepts one step of drift either side and no more", () => {
    for (const offset of [-1, 0, 1]) {
      expect(verifyTotp({ seed, code: codeAtStep(seed, step + offset), now })).toEqual({ ok: true, step: step + offset });
    }
    for (const offset of [-2, 2]) expect(verifyTotp({ seed, code: codeAtStep(seed, step + offset), now }).ok).toBe(false);
  });

  it("refuses a step at or before the last accepted one", () => {
    const code = codeAtStep(seed, step);
    expect(verifyTotp({ seed, code, now, afterStep: step }).ok).toBe(false);
    expect(verifyTotp({ seed, code, now, afterStep: step - 1 })).toEqual({ ok: true, step });
  });

  it("refuses every code, without throwing, while the last accepted step is ahead of the window", () => {
    // A resync against a fast clock may record a step up to ten ahead (RESYNC_WINDOW); otplib threw here.
    for (const offset of [-1, 0, 1]) expect(verifyTotp({ seed, code: codeAtStep(seed, step + offset), now, afterStep: step + 5 })).toEqual({ ok: false });
  });

  it("treats malformed codes as wrong, without throwing", () => {
    for (const code of ["", "12345", "1234567", "abcdef", "12 456", "１２３４５６"]) {
      expect(verifyTotp({ seed, code, now }).ok).toBe(false);
    }
  });
});
