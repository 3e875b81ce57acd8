import type { ActionResult } from "@/lib/auth/console-action";

export type MfaSetup = { serialNumber: string; seed: string; qrCode: string };
export type TwoCodes = { userName?: string; serialNumber: string; code1: string; code2: string };

/** The server actions the MFA components call; the page passes them in, so components hold no data access. */
export type MfaActions = {
  start: (input: { userName?: string }) => Promise<ActionResult<MfaSetup>>;
  assign: (input: TwoCodes) => Promise<ActionResult<void>>;
  resync: (input: TwoCodes) => Promise<ActionResult<void>>;
  remove: (input: { userName?: string; serialNumber: string }) => Promise<ActionResult<void>>;
};
