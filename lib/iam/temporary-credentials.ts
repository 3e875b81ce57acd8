import { randomBytes } from "node:crypto";
import type { DbOrTx } from "../db/types";
import { encryptSecret } from "../mfa/secret-crypto";
import { newSecretAccessKey, newTemporaryAccessKeyId } from "./ids";
import type { IamSettings } from "./settings";
import { hashSessionToken } from "./signing-credentials";

export type SessionCredentials = { accessKeyId: string; secretAccessKey: string; sessionToken: string; expiration: Date };

/**
 * New STS credentials ("ASIA…", a secret and a session token), stored in the caller's transaction:
 * the secret encrypted, the token only as its hash. `session` is whose they are: an IAM user's
 * (GetSessionToken; null userId for the root user) or a role's (AssumeRole).
 */
export async function issueTemporaryCredentials(
  tx: DbOrTx,
  input: {
    accountId: string;
    session: { userId: string | null } | { roleId: string; roleSessionName: string; sourcePrincipalArn: string };
    mfaAuthenticatedAt: Date | null;
    durationSeconds: number;
    now: Date;
    settings: Pick<IamSettings, "encryptionKey">;
  },
): Promise<SessionCredentials> {
  const { now } = input;
  const credentials = {
    accessKeyId: newTemporaryAccessKeyId(input.accountId),
    secretAccessKey: newSecretAccessKey(),
    sessionToken: randomBytes(48).toString("base64"),
    expiration: new Date(now.getTime() + input.durationSeconds * 1000),
  };
  await tx.temporaryCredential.create({
    data: {
      id: credentials.accessKeyId,
      accountId: input.accountId,
      ...input.session,
      secretCiphertext: encryptSecret(credentials.secretAccessKey, input.settings.encryptionKey),
      sessionTokenHash: hashSessionToken(credentials.sessionToken),
      mfaAuthenticatedAt: input.mfaAuthenticatedAt,
      createdAt: now,
      expiresAt: credentials.expiration,
    },
  });
  return credentials;
}
