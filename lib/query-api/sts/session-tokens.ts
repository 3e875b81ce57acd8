import "server-only";
import { z } from "zod";
import { STS } from "../../iam/constraints";
import { getSessionToken } from "../../iam/get-session-token";
import type { Operation } from "../operation";
import { awsInteger, awsString, parseParams } from "../params";

const GET_SESSION_TOKEN = z.object({
  SerialNumber: awsString("serialNumber", STS.serialNumber, "sts").optional(),
  TokenCode: awsString("tokenCode", STS.tokenCode, "sts").optional(),
  DurationSeconds: awsInteger("durationSeconds", { min: 900, max: 129_600 }, "sts").optional(),
});

/** Temporary credentials: the MFA-authenticated session of `aws sts get-session-token --serial-number … --token-code …`. */
export const SESSION_TOKEN_OPERATIONS: Record<string, Operation> = {
  async GetSessionToken({ params, db, actor, temporary, settings, now, context }) {
    const p = parseParams(GET_SESSION_TOKEN, params);
    const credentials = await getSessionToken(db, {
      actor,
      callerIsTemporary: temporary,
      serialNumber: p.SerialNumber,
      tokenCode: p.TokenCode,
      durationSeconds: p.DurationSeconds,
      settings,
      now,
      context,
    });
    return {
      Credentials: {
        AccessKeyId: credentials.accessKeyId,
        SecretAccessKey: credentials.secretAccessKey,
        SessionToken: credentials.sessionToken,
        Expiration: credentials.expiration,
      },
    };
  },
};
