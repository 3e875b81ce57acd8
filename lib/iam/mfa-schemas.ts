import { z } from "zod";
import { MFA_CODE_PATTERN } from "../mfa/code-format";
import { IAM, satisfies } from "./constraints";
import { text, userNameSchema } from "./validation";

export const mfaCodeSchema = z.string({ message: "mfaWizard.codeFormat" }).trim().regex(MFA_CODE_PATTERN, "mfaWizard.codeFormat");

/** A virtual MFA device's serial number (ARN), as AWS constrains it. */
export const serialNumberSchema = z.string().refine((v) => satisfies(IAM.serialNumber, v));

/**
 * The current console's Device name: AWS's device-name pattern, and the 128 characters the console's
 * name fields allow (the API sets no maximum, the serial number's 256 bound it).
 */
export const mfaDeviceNameSchema = text(128).refine((v) => satisfies(IAM.virtualMfaDeviceName, v), "assignMfa.deviceNameHint");

/** Whose MFA: an IAM user's name, or absent for the caller. */
export const targetUserSchema = z.object({ userName: userNameSchema.optional() });

export const twoCodesSchema = targetUserSchema.extend({
  serialNumber: serialNumberSchema,
  code1: mfaCodeSchema,
  code2: mfaCodeSchema,
});

export const deviceSchema = targetUserSchema.extend({ serialNumber: serialNumberSchema });
