import "server-only";
import { z } from "zod";
import { assumeRole } from "../../iam/assume-role";
import { ROLE_DURATION_SECONDS, STS } from "../../iam/constraints";
import type { Operation } from "../operation";
import { awsInteger, awsString, parseParams } from "../params";

const ASSUME_ROLE = z.object({
  RoleArn: awsString("roleArn", STS.arn, "sts"),
  RoleSessionName: awsString("roleSessionName", STS.roleSessionName, "sts"),
  DurationSeconds: awsInteger("durationSeconds", ROLE_DURATION_SECONDS, "sts").optional(),
  SerialNumber: awsString("serialNumber", STS.serialNumber, "sts").optional(),
  TokenCode: awsString("tokenCode", STS.tokenCode, "sts").optional(),
  ExternalId: awsString("externalId", STS.externalId, "sts").optional(),
});

/** Role sessions: `aws sts assume-role --role-arn … --role-session-name … [--serial-number … --token-code …]`. */
export const ROLE_SESSION_OPERATIONS: Record<string, Operation> = {
  async AssumeRole({ params, db, actor, temporary, credentialsIssuedAt, mfaAuthenticatedAt, settings, now, context }) {
    const p = parseParams(ASSUME_ROLE, params);
    const assumed = await assumeRole(db, {
      actor,
      roleArn: p.RoleArn,
      roleSessionName: p.RoleSessionName,
      durationSeconds: p.DurationSeconds,
      serialNumber: p.SerialNumber,
      tokenCode: p.TokenCode,
      externalId: p.ExternalId,
      callerSession: temporary && credentialsIssuedAt ? { issuedAt: credentialsIssuedAt, mfaAuthenticatedAt } : undefined,
      settings,
      now,
      context,
    });
    return {
      Credentials: {
        AccessKeyId: assumed.accessKeyId,
        SecretAccessKey: assumed.secretAccessKey,
        SessionToken: assumed.sessionToken,
        Expiration: assumed.expiration,
      },
      AssumedRoleUser: { AssumedRoleId: assumed.assumedRoleId, Arn: assumed.arn },
    };
  },
};
