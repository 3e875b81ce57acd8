import { randomBytes, randomInt, randomUUID } from "node:crypto";

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function randomBase32(length: number): string {
  return Array.from(randomBytes(length), (byte) => BASE32[byte & 31]).join("");
}

/** A random 12-digit account id; AWS's ids never start with 0 in practice, so neither do ours. */
export function newAccountId(): string {
  return String(randomInt(100_000_000_000, 1_000_000_000_000));
}

/** AWS's IAM user id shape: "AIDA" and 17 upper-case base32 characters. */
export function newUserId(): string {
  return `AIDA${randomBase32(17)}`;
}

/** AWS's long-term access key id shape: "AKIA" and 16 upper-case base32 characters. */
export function newAccessKeyId(): string {
  return `AKIA${randomBase32(16)}`;
}

export function newId(): string {
  return randomUUID();
}

/** AWS's temporary (STS) access key id shape: "ASIA" and 16 upper-case base32 characters. */
export function newTemporaryAccessKeyId(): string {
  return `ASIA${randomBase32(16)}`;
}

/** A 40-character secret access key from the base64 alphabet, as AWS issues. */
export function newSecretAccessKey(): string {
  return randomBytes(30).toString("base64");
}

/** The suffix AWS puts after a FIDO device's name in its serial number: 26 upper-case base32 characters. */
export function newFidoDeviceId(): string {
  return randomBase32(26);
}

/** A hardware TOTP token's serial number in the vendor's format AWS shows: "GAKT" and 8 digits. */
export function newHardwareTokenSerial(): string {
  return `GAKT${String(randomInt(0, 100_000_000)).padStart(8, "0")}`;
}
