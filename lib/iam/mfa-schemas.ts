import { z } from "zod";
import { MFA_CODE_PATTERN } from "../mfa/code-format";
import { IAM, satisfies } from "./constraints";
import { DEVICE_NAME_MAX, isDeviceName } from "./device-name";
import { text, userNameSchema } from "./validation";

export const mfaCodeSchema = z.string({ message: "mfaWizard.codeFormat" }).trim().regex(MFA_CODE_PATTERN, "mfaWizard.codeFormat");

/** A virtual MFA device's serial number (ARN), as AWS constrains it. */
export const serialNumberSchema = z.string().refine((v) => satisfies(IAM.serialNumber, v));

/**
 * The current console's Device name (device-name.ts): the API sets no maximum, the console's name fields
 * stop at 128 characters.
 */
export const mfaDeviceNameSchema = text(DEVICE_NAME_MAX).refine(isDeviceName, "assignMfa.deviceNameHint");

/** Whose MFA: an IAM user's name, or absent for the caller. */
export const targetUserSchema = z.object({ userName: userNameSchema.optional() });

export const twoCodesSchema = targetUserSchema.extend({
  serialNumber: serialNumberSchema,
  code1: mfaCodeSchema,
  code2: mfaCodeSchema,
});

export const deviceSchema = targetUserSchema.extend({ serialNumber: serialNumberSchema });
