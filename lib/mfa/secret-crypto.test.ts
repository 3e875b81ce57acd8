import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, SecretDecryptionError } from "./secret-crypto";

const key = randomBytes(32);
const seed = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

describe("secret encryption", () => {
  it("round-trips and never stores the plaintext", () => {
    const stored = encryptSecret(seed, key);
    expect(stored).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]+$/);
    expect(stored).not.toContain(seed);
    expect(decryptSecret(stored, key)).toBe(seed);
  });

  it("uses a fresh IV each time, so equal seeds do not look equal at rest", () => {
    expect(encryptSecret(seed, key)).not.toBe(encryptSecret(seed, key));
  });

  it("detects a changed ciphertext, tag or IV", () => {
    const [version, iv, ciphertext, tag] = encryptSecret(seed, key).split(":");
    const flip = (part: string) => {
      const bytes = Buffer.from(part, "base64url");
      bytes[0] ^= 1;
      return bytes.toString("base64url");
    };
    for (const tampered of [
      [version, iv, flip(ciphertext), tag],
      [version, iv, ciphertext, flip(tag)],
      [version, flip(iv), ciphertext, tag],
    ]) {
      expect(() => decryptSecret(tampered.join(":"), key)).toThrow(SecretDecryptionError);
    }
  });

  it("refuses the wrong key and unknown formats", () => {
    const stored = encryptSecret(seed, key);
    expect(() => decryptSecret(stored, randomBytes(32))).toThrow(SecretDecryptionError);
    expect(() => decryptSecret(seed, key)).toThrow(SecretDecryptionError);
    expect(() => decryptSecret(stored.replace(/^v1/, "v2"), key)).toThrow(SecretDecryptionError);
  });
});
