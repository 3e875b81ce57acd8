import type { Db } from "../db/types";
import { acceptMfaCode } from "./accept-mfa-code";
import { targetOf } from "./credentials-target";
import { IamError } from "./errors";
import { type EventOrigin, recordCallerEvent } from "./events";
import type { IamSettings } from "./settings";

/**
 * The MFA code of an STS request (GetSessionToken, AssumeRole): SerialNumber and TokenCode of one of
 * the caller's own TOTP devices, through the console's replay guard and attempt counter
 * (acceptMfaCode). Returns when MFA was used, or null when neither was given; a refused code is AWS's
 * AccessDenied, recorded as the failed `eventName` with `requestParameters`.
 */
export async function checkStsMfaCode(
  db: Db,
  input: EventOrigin & { serialNumber?: string; tokenCode?: string; settings: IamSettings },
  eventName: string,
  requestParameters: Record<string, unknown>,
): Promise<Date | null> {
  const { actor, now } = input;
  if (!input.serialNumber && !input.tokenCode) return null;
  const result =
    input.serialNumber && input.tokenCode
      ? await acceptMfaCode(db, {
          accountId: actor.accountId,
          target: targetOf(actor),
          serialNumber: input.serialNumber,
          code: input.tokenCode,
          now,
          settings: input.settings,
        })
      : ({ ok: false, reason: "no-device" } as const);
  if (result.ok) return now;
  const message =
    result.reason === "no-device"
      ? "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user."
      : "MultiFactorAuthentication failed with invalid MFA one time pass code.";
  const error = new IamError("AccessDenied", message);
  await recordCallerEvent(db, input, eventName, requestParameters, { source: "sts", error });
  throw error;
}
