import type { Db } from "../db/types";
import { isUniqueViolation } from "../db/types";
import { encryptSecret } from "../mfa/secret-crypto";
import { generateSeed, otpauthUri } from "../mfa/totp";
import { mfaSerialNumber } from "./arn";
import { authorize } from "./authorize";
import { IamError } from "./errors";
import { mfaResource } from "./iam-actions";
import { recordCallerEvent } from "./events";
import { newId } from "./ids";
import { principalKey } from "./credentials-target";
import type { Principal, RequestContext } from "./principal";
import type { IamSettings } from "./settings";

export type CreateVirtualMfaDeviceInput = {
  actor: Principal;
  /** Already validated: AWS's pattern [\w+=,.@-]+. */
  name: string;
  path?: string;
  tags?: { key: string; value: string }[];
  /** Set by the console's wizard: the principal key the device is being set up for. */
  createdByWizardOf?: string | null;
  settings: IamSettings;
  now: Date;
  context: RequestContext;
};

/**
 * CreateVirtualMFADevice: a new, unassigned device with a fresh seed. The seed is returned this once
 * (the QR code and "Show secret key" are made from it) and stored only encrypted.
 */
export async function createVirtualMfaDevice(
  db: Db,
  input: CreateVirtualMfaDeviceInput,
): Promise<{ serialNumber: string; seed: string; otpauthUri: string }> {
  const { actor } = input;
  const path = input.path ?? "/";
  await authorize(db, actor, "iam:CreateVirtualMFADevice", mfaResource(actor.accountId, path, input.name));
  const serialNumber = mfaSerialNumber(actor.accountId, path, input.name);
  const seed = generateSeed();
  const alreadyExists = new IamError("EntityAlreadyExists", "MFA device already exists.");
  try {
    await db.$transaction(async (tx) => {
      if (await tx.mfaDevice.findUnique({ where: { serialNumber }, select: { id: true } })) throw alreadyExists;
      await tx.mfaDevice.create({
        data: {
          id: newId(),
          accountId: actor.accountId,
          serialNumber,
          name: input.name,
          path,
          seedCiphertext: encryptSecret(seed, input.settings.encryptionKey),
          createdBy: principalKey(actor),
          createdByWizardOf: input.createdByWizardOf ?? null,
          createdAt: input.now,
          tags: input.tags?.length ? { create: input.tags } : undefined,
        },
      });
      await recordCallerEvent(tx, input, "CreateVirtualMFADevice", { virtualMFADeviceName: input.name, path });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyExists;
    throw error;
  }
  const accountLabel = actor.accountAlias ?? actor.accountId;
  return { serialNumber, seed, otpauthUri: otpauthUri({ deviceName: input.name, accountLabel, seed }) };
}
