import { z } from "zod";
import { MFA_CODE_PATTERN } from "../mfa/code-format";
import { IAM, satisfies } from "./constraints";
import { userNameSchema } from "./validation";

export const mfaCodeSchema = z.string({ message: "mfaWizard.codeFormat" }).trim().regex(MFA_CODE_PATTERN, "mfaWizard.codeFormat");

/** A virtual MFA device's serial number (ARN), as AWS constrains it. */
export const serialNumberSchema = z.string().refine((v) => satisfies(IAM.serialNumber, v));

/** Whose MFA: an IAM user's name, or absent for the caller. */
export const targetUserSchema = z.object({ userName: userNameSchema.optional() });

export const twoCodesSchema = targetUserSchema.extend({
  serialNumber: serialNumberSchema,
  code1: mfaCodeSchema,
  code2: mfaCodeSchema,
});

export const deviceSchema = targetUserSchema.extend({ serialNumber: serialNumberSchema });
