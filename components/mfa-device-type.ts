import type { ConsoleVersion } from "@/lib/iam/console-version";
import type { MfaDeviceKind } from "@/lib/iam/mfa-device-kinds";
import type { Messages } from "@/lib/i18n/en";

/** A device kind as each console names it (the users list's MFA column, the MFA panel's Type). */
export function mfaKindLabel(kind: MfaDeviceKind, version: ConsoleVersion, messages: Messages): string {
  const m = messages.currentLabels;
  if (kind === "virtual") return m.mfaVirtual;
  if (kind === "hardware") return version === "current" ? m.mfaHardware : m.mfaHardware2021;
  return version === "current" ? m.mfaSecurityKey : m.mfaU2f2021;
}

/** The users list's MFA column: the user's kinds of device, or the console's word for none. */
export function mfaColumnLabel(kinds: readonly MfaDeviceKind[], version: ConsoleVersion, messages: Messages): string {
  if (kinds.length === 0) return version === "current" ? messages.currentLabels.mfaNone : messages.users.notEnabled;
  return kinds.map((kind) => mfaKindLabel(kind, version, messages)).join(", ");
}
