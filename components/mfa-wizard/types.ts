import type { ActionResult } from "@/lib/auth/console-action";
import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from "@simplewebauthn/browser";

export type MfaSetup = { serialNumber: string; seed: string; qrCode: string };
export type TwoCodes = { userName?: string; serialNumber: string; code1: string; code2: string };

/** Next with a passkey or security key: the browser's registration options, or why there can be none. */
export type PasskeyStart = { options: PublicKeyCredentialCreationOptionsJSON } | { unavailable: "ip-address" | "bad-origin" };
export type PasskeyFinish = { serialNumber: string } | { failed: "expired" | "invalid" | "duplicate" };

/** The server actions the MFA components call; the page passes them in, so components hold no data access. */
export type MfaActions = {
  /** Creates a virtual device: named after the user in the 2021 console, `deviceName` in today's. */
  start: (input: { userName?: string; deviceName?: string }) => Promise<ActionResult<MfaSetup>>;
  /** EnableMFADevice: a virtual device's ARN or a hardware token's serial number, and two codes. */
  assign: (input: TwoCodes) => Promise<ActionResult<void>>;
  resync: (input: TwoCodes) => Promise<ActionResult<void>>;
  remove: (input: { userName?: string; serialNumber: string }) => Promise<ActionResult<void>>;
  startPasskey: (input: { userName?: string; deviceName: string }) => Promise<ActionResult<PasskeyStart>>;
  finishPasskey: (input: { userName?: string; response: RegistrationResponseJSON }) => Promise<ActionResult<PasskeyFinish>>;
};
