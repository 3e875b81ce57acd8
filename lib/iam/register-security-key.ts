import { createHash } from "node:crypto";
import { serializableTransaction } from "../db/transactions";
import type { Db, DbOrTx } from "../db/types";
import {
  challengeOf,
  knownTransports,
  type PublicKeyCredentialCreationOptionsJSON,
  type RegistrationResponseJSON,
  registrationOptions,
  type RelyingParty,
  verifyRegistration,
} from "../mfa/webauthn";
import { fidoSerialNumber } from "./arn";
import { assignedTo, type CredentialsTarget, principalKey, resolveCredentialsTarget, targetKey, targetUserName } from "./credentials-target";
import { recordCallerEvent } from "./events";
import { newFidoDeviceId, newId } from "./ids";
import { assertDeviceCount } from "./mfa-devices";
import { mfaDevicesPerUserQuota } from "./quotas";
import type { Principal, RequestContext } from "./principal";
import type { IamSettings } from "./settings";
import { twoCodeParameters } from "./two-codes";
import { startCeremony, takeCeremony } from "./webauthn-challenges";

// The current console's "Passkey or security key": a WebAuthn registration, started when the learner
// chooses Next and finished with the browser's answer. AWS offers it in the console only (no API), so
// the device is made here, assigned at once, with a serial number of its own kind (arn.ts).

/** The target's passkeys and security keys, as WebAuthn's allow and exclude lists need them. */
export async function fidoCredentialsOf(db: DbOrTx, accountId: string, target: CredentialsTarget) {
  const devices = await db.mfaDevice.findMany({
    where: { accountId, ...assignedTo(target), kind: "fido" },
    select: { id: true, serialNumber: true, credentialId: true, credentialPublicKey: true, signCount: true, transports: true, failedAttempts: true, lockedUntil: true },
  });
  return devices.map((device) => ({
    ...device,
    credentialId: device.credentialId!,
    publicKey: device.credentialPublicKey!,
    signCount: device.signCount ?? 0,
    transports: knownTransports(device.transports?.split(",") ?? []),
  }));
}

/** A WebAuthn user handle per principal, stable, so an authenticator keeps one credential for it. */
function userHandle(accountId: string, target: CredentialsTarget): Uint8Array<ArrayBuffer> {
  return new Uint8Array(createHash("sha256").update(`${accountId}/${targetKey(target)}`).digest().subarray(0, 16));
}

/** "Next" with Passkey or security key chosen: the options the browser's navigator.credentials.create() takes. */
export async function startSecurityKeyRegistration(
  db: Db,
  input: { actor: Principal; userName?: string | null; deviceName: string; sessionId: string; rp: RelyingParty; settings: IamSettings; now: Date },
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const { actor, now } = input;
  const target = await resolveCredentialsTarget(db, actor, input.userName, "iam:EnableMFADevice");
  const limit = mfaDevicesPerUserQuota(input.settings, actor);
  await assertDeviceCount(db, actor.accountId, target, limit - 1, limit);
  const challenge = await startCeremony(db, {
    purpose: "registration",
    accountId: actor.accountId,
    userId: target.kind === "user" ? target.userId : null,
    sessionId: input.sessionId,
    deviceName: input.deviceName,
    rp: input.rp,
    now,
  });
  return registrationOptions({
    rp: input.rp,
    userName: `${targetUserName(target) ?? "root"}@${actor.accountAlias ?? actor.accountId}`,
    userId: userHandle(actor.accountId, target),
    challenge,
    exclude: await fidoCredentialsOf(db, actor.accountId, target),
  });
}

export type SecurityKeyRegistration =
  | { ok: true; serialNumber: string; assignedToCaller: boolean }
  /** `expired`: no live ceremony of this session has this challenge (used, late, or never made). */
  | { ok: false; reason: "expired" | "invalid" | "duplicate" };

/**
 * "Add MFA" answered by the browser: the ceremony is taken (once), the answer verified against its
 * challenge, origin and relying party, and the passkey or security key assigned to the target.
 */
export async function finishSecurityKeyRegistration(
  db: Db,
  input: {
    actor: Principal;
    userName?: string | null;
    sessionId: string;
    response: RegistrationResponseJSON;
    settings: IamSettings;
    now: Date;
    context: RequestContext;
  },
): Promise<SecurityKeyRegistration> {
  const { actor, now } = input;
  const target = await resolveCredentialsTarget(db, actor, input.userName, "iam:EnableMFADevice");
  const ceremony = await takeCeremony(db, { challenge: challengeOf(input.response), purpose: "registration", now, bound: { sessionId: input.sessionId } });
  const targetUserId = target.kind === "user" ? target.userId : null;
  if (!ceremony || ceremony.accountId !== actor.accountId || ceremony.userId !== targetUserId || !ceremony.deviceName) {
    return { ok: false, reason: "expired" };
  }
  const credential = await verifyRegistration({ response: input.response, expectedChallenge: ceremony.challenge, rp: ceremony.rp });
  if (!credential) return { ok: false, reason: "invalid" };
  if (await db.mfaDevice.findUnique({ where: { credentialId: credential.credentialId }, select: { id: true } })) {
    return { ok: false, reason: "duplicate" };
  }

  const serialNumber = fidoSerialNumber(actor.accountId, target.kind === "root" ? "root" : { userName: target.userName }, ceremony.deviceName, newFidoDeviceId());
  const limit = mfaDevicesPerUserQuota(input.settings, actor);
  await serializableTransaction(db, async (tx) => {
    await tx.mfaDevice.create({
      data: {
        id: newId(),
        accountId: actor.accountId,
        kind: "fido",
        serialNumber,
        name: ceremony.deviceName!,
        userId: targetUserId,
        assignedToRoot: target.kind === "root",
        enabledAt: now,
        createdBy: principalKey(actor),
        credentialId: credential.credentialId,
        credentialPublicKey: credential.publicKey,
        signCount: credential.signCount,
        transports: credential.transports.join(","),
        aaguid: credential.aaguid,
        createdAt: now,
      },
    });
    // Inside the assigning transaction: of two concurrent assignments past the limit, one rolls back.
    await assertDeviceCount(tx, actor.accountId, target, limit, limit);
    await recordCallerEvent(tx, input, "EnableMFADevice", twoCodeParameters(target, { serialNumber }));
  });
  return { ok: true, serialNumber, assignedToCaller: target.kind === "root" ? actor.isRoot : targetUserId === actor.userId };
}
