import { IAM, satisfies } from "./constraints";

/** The most characters the current console's Device name field takes (its name fields' common limit). */
export const DEVICE_NAME_MAX = 128;

/** A device name the current console accepts: AWS's device-name pattern, at most DEVICE_NAME_MAX characters. */
export function isDeviceName(value: string): boolean {
  return value.length <= DEVICE_NAME_MAX && satisfies(IAM.virtualMfaDeviceName, value);
}
