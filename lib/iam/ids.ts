import { createHash, randomBytes, randomInt, randomUUID } from "node:crypto";

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

/** AWS's role id shape: "AROA" and 17 upper-case base32 characters. */
export function newRoleId(): string {
  return `AROA${randomBase32(17)}`;
}

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return bits > 0 ? out + BASE32[(value << (5 - bits)) & 31] : out;
}

function unbase32(text: string): Buffer | null {
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const char of text) {
    const digit = BASE32.indexOf(char);
    if (digit < 0) return null;
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/**
 * The 16 characters after an access key id's prefix, as AWS makes them since 2019: ten bytes in
 * base32 whose first six hold the account id shifted left by 7 (the top bit set, the low 7 random),
 * the other four random. STS GetAccessKeyInfo reads the account back from any such id.
 */
function keyIdBody(accountId: string): string {
  const bytes = randomBytes(10);
  const head = (BigInt(accountId) << 7n) | BigInt(bytes[5] & 0x7f) | (1n << 47n);
  for (let i = 0; i < 6; i++) bytes[i] = Number((head >> BigInt(8 * (5 - i))) & 0xffn);
  return base32(bytes);
}

/** The account an AKIA/ASIA… key id names (AWS's encoding above), or null when the id cannot hold one. */
export function accountOfKeyId(accessKeyId: string): string | null {
  const bytes = accessKeyId.length === 20 ? unbase32(accessKeyId.slice(4)) : null;
  if (!bytes || bytes.length < 6) return null;
  const head = bytes.subarray(0, 6).reduce((n, byte) => (n << 8n) | BigInt(byte), 0n);
  return String((head & 0x7fffffffff80n) >> 7n).padStart(12, "0");
}

/** AWS's long-term access key id: "AKIA" and 16 upper-case base32 characters that encode the account. */
export function newAccessKeyId(accountId: string): string {
  return `AKIA${keyIdBody(accountId)}`;
}

export function newId(): string {
  return randomUUID();
}

/** AWS's temporary (STS) access key id: "ASIA" and 16 upper-case base32 characters that encode the account. */
export function newTemporaryAccessKeyId(accountId: string): string {
  return `ASIA${keyIdBody(accountId)}`;
}

/** AWS's signing certificate id shape: 32 upper-case letters and digits. */
export function newCertificateId(): string {
  return randomBase32(32);
}

/** AWS's SSH public key id shape: "APKA" and 17 upper-case base32 characters. */
export function newSshPublicKeyId(): string {
  return `APKA${randomBase32(17)}`;
}

/** AWS's service-specific credential id shape: "ACCA" and 17 upper-case base32 characters. */
export function newServiceSpecificCredentialId(): string {
  return `ACCA${randomBase32(17)}`;
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

/** AWS's group id shape: "AGPA" and 17 upper-case base32 characters. */
export function newGroupId(): string {
  return `AGPA${randomBase32(17)}`;
}

/** AWS's managed policy id shape: "ANPA" and 17 upper-case base32 characters. */
export function newPolicyId(): string {
  return `ANPA${randomBase32(17)}`;
}

/**
 * An AWS managed policy's id. AWS's real ids are not in the data package, so the lab derives one from
 * the ARN (SHA-256, in base32): the same policy has the same id in every account and every run, as on AWS.
 */
export function awsManagedPolicyId(arn: string): string {
  return `ANPA${base32(createHash("sha256").update(arn).digest()).slice(0, 17)}`;
}
