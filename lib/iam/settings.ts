/** Deployment settings the domain needs; each door builds them from the configuration (lib/config). */
export type IamSettings = {
  /** AES-256 key for seeds and access-key secrets at rest. */
  encryptionKey: Buffer;
  /**
   * Overrides how many MFA devices one principal may have assigned (1 to 8); null: the account's console
   * version decides (quotas.ts).
   */
  mfaDevicesPerUser: number | null;
};
