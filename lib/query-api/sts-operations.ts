import "server-only";
import { z } from "zod";
import { getSessionToken } from "../iam/get-session-token";
import type { Operation } from "./operation";
import { awsString, parseParams } from "./params";

/** STS: the MFA-authenticated session a learner gets with `aws sts get-session-token --serial-number … --token-code …`. */
export const STS_OPERATIONS: Record<string, Operation> = {
  async GetSessionToken({ params, db, actor, temporary, settings, now, context }) {
    const p = parseParams(
      z.object({
        SerialNumber: awsString("serialNumber", { min: 9, max: 256, pattern: /^[\w+=/:,.@-]+$/, patternText: "[\\w+=/:,.@-]*" }).optional(),
        TokenCode: awsString("tokenCode", { min: 6, max: 6, pattern: /^\d+$/, patternText: "[\\d]*" }).optional(),
        DurationSeconds: z.coerce
          .number()
          .int()
          .min(900, "Value at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900")
          .max(129_600, "Value at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 129600")
          .optional(),
      }),
      params,
    );
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

  async GetCallerIdentity({ actor }) {
    return { UserId: actor.userId ?? actor.accountId, Account: actor.accountId, Arn: actor.arn };
  },
};
