import { decryptSecret } from "../mfa/secret-crypto";

/**
 * The kinds of MFA device (MfaDevice.kind; prisma/schema.prisma says which fields each uses): an
 * authenticator app, a hardware TOTP token, a passkey or security key.
 */
export const MFA_DEVICE_KINDS = ["virtual", "hardware", "fido"] as const;
export type MfaDeviceKind = (typeof MFA_DEVICE_KINDS)[number];

export function isMfaDeviceKind(value: string): value is MfaDeviceKind {
  return (MFA_DEVICE_KINDS as readonly string[]).includes(value);
}

/** Prisma's filter for the devices that make time-based codes: the ones a code, a resync or STS can use. */
export const TOTP_DEVICES = { kind: { in: ["virtual", "hardware"] } };

/** A TOTP device's seed, decrypted; null for a device without one (a passkey or security key). */
export function seedOf(device: { seedCiphertext: string | null }, encryptionKey: Buffer): string | null {
  return device.seedCiphertext === null ? null : decryptSecret(device.seedCiphertext, encryptionKey);
}
