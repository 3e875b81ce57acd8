/** Deployment settings the domain needs; each door builds them from the configuration (lib/config). */
export type IamSettings = {
  /** AES-256 key for seeds and access-key secrets at rest. */
  encryptionKey: Buffer;
  /** MFA devices one principal may have assigned: 1 as in the 2021 tutorial, up to AWS's current 8. */
  mfaDevicesPerUser: number;
};
