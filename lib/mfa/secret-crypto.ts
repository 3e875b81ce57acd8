import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

// Format "v1:<iv>:<ciphertext>:<tag>", base64url parts. The version prefix lets a later key or
// cipher change read old rows; GCM's tag makes any tampering fail loudly instead of decrypting to junk.
const VERSION = "v1";
const IV_BYTES = 12;

export class SecretDecryptionError extends Error {
  constructor() {
    super("A stored secret could not be decrypted: wrong DATA_ENCRYPTION_KEY or tampered data.");
    this.name = "SecretDecryptionError";
  }
}

export function encryptSecret(plaintext: string, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, ciphertext, cipher.getAuthTag()]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(":");
}

export function decryptSecret(stored: string, key: Buffer): string {
  const [version, iv, ciphertext, tag] = stored.split(":");
  if (version !== VERSION || !iv || !ciphertext || !tag) throw new SecretDecryptionError();
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretDecryptionError();
  }
}
