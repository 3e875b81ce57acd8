import type { Db } from "../db/types";
import { mfaSerialNumber } from "./arn";
import { createVirtualMfaDevice } from "./create-virtual-mfa-device";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import { assertDeviceCount } from "./mfa-devices";
import { mfaDevicesPerUserQuota } from "./quotas";
import { type CredentialsTarget, resolveCredentialsTarget, targetKey } from "./credentials-target";
import type { Principal, RequestContext } from "./principal";
import type { IamSettings } from "./settings";

/** The 2021 console's device names: the user's name, or this fixed name for the root user. */
export const ROOT_DEVICE_NAME = "root-account-mfa-device";

function wizardDeviceName(target: CredentialsTarget): string {
  return target.kind === "root" ? ROOT_DEVICE_NAME : target.userName;
}

/**
 * The console wizard's set-up step ("Set up virtual MFA device" in 2021, "Set up device" for an
 * authenticator app today): creates the device whose QR code the learner scans, named as the 2021
 * console named it or, today, as the learner typed (`deviceName`, already validated). Unlike AWS, which
 * leaves a cancelled wizard's device behind and blocks its name, reopening the wizard deletes the
 * unassigned device it made before, so a learner is never stranded.
 */
export async function startVirtualMfaSetup(
  db: Db,
  input: { actor: Principal; userName?: string | null; deviceName?: string; settings: IamSettings; now: Date; context: RequestContext },
): Promise<{ serialNumber: string; seed: string; otpauthUri: string }> {
  const { actor, now, context } = input;
  const target = await resolveCredentialsTarget(db, actor, input.userName, "iam:EnableMFADevice");
  const limit = mfaDevicesPerUserQuota(input.settings, actor);
  await assertDeviceCount(db, actor.accountId, target, limit - 1, limit);

  const stale = await db.mfaDevice.findMany({
    where: { accountId: actor.accountId, createdByWizardOf: targetKey(target), userId: null, assignedToRoot: false },
    select: { id: true, serialNumber: true },
  });
  if (stale.length > 0) {
    await db.$transaction(async (tx) => {
      await tx.mfaDevice.deleteMany({ where: { id: { in: stale.map((device) => device.id) }, userId: null, assignedToRoot: false } });
      for (const device of stale) {
        await recordCallerEvent(tx, input, "DeleteVirtualMFADevice", { serialNumber: device.serialNumber });
      }
    });
  }

  const create = (name: string) =>
    createVirtualMfaDevice(db, { actor, name, settings: input.settings, now, context, createdByWizardOf: targetKey(target) });
  if (input.deviceName) return create(input.deviceName);

  // With more than one device allowed, later ones get "-2", "-3", … as the name is taken.
  const base = wizardDeviceName(target);
  const taken = new Set(
    (
      await db.mfaDevice.findMany({
        where: { accountId: actor.accountId, name: { startsWith: base } },
        select: { serialNumber: true },
      })
    ).map((device) => device.serialNumber),
  );
  const name = [base, ...Array.from({ length: 8 }, (_, i) => `${base}-${i + 2}`)].find(
    (candidate) => !taken.has(mfaSerialNumber(actor.accountId, "/", candidate)),
  );
  if (!name) throw new IamError("EntityAlreadyExists", "MFA device already exists.");
  return create(name);
}
