import { generateSecret, generateSync, generateURI, verifySync } from "otplib";
import { isMfaCode } from "./code-format";

// AWS virtual MFA devices: SHA-1, 6 digits, 30-second steps, 40-byte seeds (64 base32 characters).
// Every function takes the time as an argument, so tests and callers decide what "now" is.

export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;
export const SEED_BYTES = 40;
export const MFA_ISSUER = "Amazon Web Services";

/** The TOTP time step (RFC 6238's T) that contains `at`. */
export function timeStepAt(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_STEP_SECONDS);
}

/** A new 64-character base32 seed, without padding, as AWS issues. */
export function generateSeed(): string {
  return generateSecret({ length: SEED_BYTES });
}

/** The code a device shows during time step `step`. */
export function codeAtStep(seed: string, step: number): string {
  return generateSync({ secret: seed, epoch: step * TOTP_STEP_SECONDS });
}

/**
 * Whether `code` is the code of exactly time step `step`. otplib compares in constant time; a
 * malformed code is simply not valid.
 */
export function isCodeForStep(seed: string, code: string, step: number): boolean {
  if (!isMfaCode(code) || step < 0) return false;
  return verifySync({ secret: seed, token: code, epoch: step * TOTP_STEP_SECONDS, epochTolerance: 0 }).valid;
}

export type TotpCheck = { ok: true; step: number } | { ok: false };

/**
 * A sign-in code: valid within `driftSteps` steps either side of now and strictly after
 * `afterStep`, the device's last accepted step, so no code works twice. A device whose last step is
 * ahead of the whole window (a resync against a fast clock) matches nothing until time catches up.
 */
export function verifyTotp(input: { seed: string; code: string; now: Date; afterStep?: number | null; driftSteps?: number }): TotpCheck {
  const drift = input.driftSteps ?? 1;
  if (!isMfaCode(input.code)) return { ok: false };
  // otplib throws when afterTimeStep is past the window; for us that is simply no valid code yet.
  if (input.afterStep != null && input.afterStep >= timeStepAt(input.now) + drift) return { ok: false };
  const result = verifySync({
    secret: input.seed,
    token: input.code,
    epoch: Math.floor(input.now.getTime() / 1000),
    epochTolerance: drift * TOTP_STEP_SECONDS,
    ...(input.afterStep != null ? { afterTimeStep: input.afterStep } : {}),
  });
  // A TOTP verification always reports its time step; HOTP's result type, which otplib unions in, does not.
  return result.valid && "timeStep" in result ? { ok: true, step: result.timeStep } : { ok: false };
}

/**
 * The otpauth URI of AWS's QR codes: label "<device>@<alias or account id>" under the issuer
 * "Amazon Web Services", no algorithm/digits/period parameters (apps default to SHA-1, 6, 30).
 */
export function otpauthUri(input: { deviceName: string; accountLabel: string; seed: string }): string {
  return generateURI({ issuer: MFA_ISSUER, label: `${input.deviceName}@${input.accountLabel}`, secret: input.seed });
}
