import type { IamSettings } from "../iam/settings";
import { decodeEncryptionKey, env } from "./env";

export function iamSettings(): IamSettings {
  const { DATA_ENCRYPTION_KEY, MFA_DEVICE_LIMIT } = env();
  // env() has already refused a key that does not decode to 32 bytes.
  return { encryptionKey: decodeEncryptionKey(DATA_ENCRYPTION_KEY)!, mfaDevicesPerUser: MFA_DEVICE_LIMIT };
}
