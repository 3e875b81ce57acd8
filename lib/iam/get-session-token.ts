import type { Db } from "../db/types";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import type { Principal, RequestContext } from "./principal";
import type { IamSettings } from "./settings";
import { checkStsMfaCode } from "./sts-mfa-code";
import { issueTemporaryCredentials, type SessionCredentials } from "./temporary-credentials";

export const SESSION_TOKEN_DEFAULT_SECONDS = 43_200;
/** The root user's session tokens last one hour at most, and by default, whatever is asked (STS API reference). */
export const ROOT_SESSION_TOKEN_MAX_SECONDS = 3_600;

/**
 * STS GetSessionToken: temporary credentials for the caller, MFA-authenticated when SerialNumber and
 * TokenCode are given. The code goes through the same replay guard and attempt counter as the console.
 * No policy is asked: "No permissions are required for a user to get a session token … You cannot use
 * policies to control authentication operations" (IAM User Guide, "Permissions for GetSessionToken").
 */
export async function getSessionToken(
  db: Db,
  input: {
    actor: Principal;
    /** GetSessionToken must be called with long-term credentials, as in AWS. */
    callerIsTemporary: boolean;
    serialNumber?: string;
    tokenCode?: string;
    durationSeconds?: number;
    settings: IamSettings;
    now: Date;
    context: RequestContext;
  },
): Promise<SessionCredentials> {
  const { actor, now } = input;
  if (input.callerIsTemporary) {
    throw new IamError("AccessDenied", "Cannot call GetSessionToken with session credentials");
  }
  const mfaAuthenticatedAt = await checkStsMfaCode(db, input, "GetSessionToken", { serialNumber: input.serialNumber ?? null });

  const durationSeconds = actor.isRoot
    ? Math.min(input.durationSeconds ?? ROOT_SESSION_TOKEN_MAX_SECONDS, ROOT_SESSION_TOKEN_MAX_SECONDS)
    : (input.durationSeconds ?? SESSION_TOKEN_DEFAULT_SECONDS);
  return db.$transaction(async (tx) => {
    const credentials = await issueTemporaryCredentials(tx, {
      accountId: actor.accountId,
      session: { userId: actor.userId },
      mfaAuthenticatedAt,
      durationSeconds,
      now,
      settings: input.settings,
    });
    await recordCallerEvent(
      tx,
      input,
      "GetSessionToken",
      { durationSeconds, serialNumber: input.serialNumber ?? null },
      { source: "sts", additionalEventData: { MFAUsed: mfaAuthenticatedAt ? "Yes" : "No" } },
    );
    return credentials;
  });
}
