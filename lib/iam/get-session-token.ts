import { randomBytes } from "node:crypto";
import type { Db } from "../db/types";
import { encryptSecret } from "../mfa/secret-crypto";
import { acceptMfaCode } from "./accept-mfa-code";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import { newSecretAccessKey, newTemporaryAccessKeyId } from "./ids";
import { targetOf } from "./credentials-target";
import type { Principal, RequestContext } from "./principal";
import type { IamSettings } from "./settings";
import { hashSessionToken } from "./signing-credentials";

export const SESSION_TOKEN_DEFAULT_SECONDS = 43_200;
/** The root user's session tokens last one hour at most, and by default, whatever is asked (STS API reference). */
export const ROOT_SESSION_TOKEN_MAX_SECONDS = 3_600;

export type SessionCredentials = { accessKeyId: string; secretAccessKey: string; sessionToken: string; expiration: Date };

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
  let mfaAuthenticatedAt: Date | null = null;
  if (input.serialNumber || input.tokenCode) {
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
    if (!result.ok) {
      const message =
        result.reason === "no-device"
          ? "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user."
          : "MultiFactorAuthentication failed with invalid MFA one time pass code.";
      const error = new IamError("AccessDenied", message);
      await recordCallerEvent(db, input, "GetSessionToken", { serialNumber: input.serialNumber ?? null }, { source: "sts", error });
      throw error;
    }
    mfaAuthenticatedAt = now;
  }

  const durationSeconds = actor.isRoot
    ? Math.min(input.durationSeconds ?? ROOT_SESSION_TOKEN_MAX_SECONDS, ROOT_SESSION_TOKEN_MAX_SECONDS)
    : (input.durationSeconds ?? SESSION_TOKEN_DEFAULT_SECONDS);
  const credentials = {
    accessKeyId: newTemporaryAccessKeyId(actor.accountId),
    secretAccessKey: newSecretAccessKey(),
    sessionToken: randomBytes(48).toString("base64"),
    expiration: new Date(now.getTime() + durationSeconds * 1000),
  };
  await db.$transaction(async (tx) => {
    await tx.temporaryCredential.create({
      data: {
        id: credentials.accessKeyId,
        accountId: actor.accountId,
        userId: actor.userId,
        secretCiphertext: encryptSecret(credentials.secretAccessKey, input.settings.encryptionKey),
        sessionTokenHash: hashSessionToken(credentials.sessionToken),
        mfaAuthenticatedAt,
        createdAt: now,
        expiresAt: credentials.expiration,
      },
    });
    await recordCallerEvent(
      tx,
      input,
      "GetSessionToken",
      { durationSeconds, serialNumber: input.serialNumber ?? null },
      { source: "sts", additionalEventData: { MFAUsed: mfaAuthenticatedAt ? "Yes" : "No" } },
    );
  });
  return credentials;
}
