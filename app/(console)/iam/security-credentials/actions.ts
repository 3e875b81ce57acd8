"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { consoleAction } from "@/lib/auth/console-action";
import { markSessionMfaAuthenticated } from "@/lib/auth/console-session";
import { originFrom } from "@/lib/auth/request-context";
import { iamSettings } from "@/lib/config/iam-settings";
import type { DbOrTx } from "@/lib/db/types";
import { enableMfaDevice } from "@/lib/iam/enable-mfa-device";
import { deviceSchema, mfaDeviceNameSchema, targetUserSchema, twoCodesSchema } from "@/lib/iam/mfa-schemas";
import { finishSecurityKeyRegistration, startSecurityKeyRegistration } from "@/lib/iam/register-security-key";
import { removeMfaDevice } from "@/lib/iam/remove-mfa-device";
import { resyncMfaDevice } from "@/lib/iam/resync-mfa-device";
import { startVirtualMfaSetup } from "@/lib/iam/start-virtual-mfa-setup";
import { qrCodeDataUrl } from "@/lib/mfa/qr-code";
import { relyingPartyFor } from "@/lib/mfa/webauthn";
import { registrationResponseSchema } from "@/lib/mfa/webauthn-schemas";

// The MFA wizard's actions, for the caller's own credentials or (administrators) an IAM user's.
// Authorization is the domain's: every lib/iam function checks the actor against the target.

/**
 * Continue in "Manage MFA device" (2021), Next with Authenticator app (today, with the typed device
 * name): creates the device; the seed and QR code leave the server here only.
 */
export const startMfaSetupAction = consoleAction(targetUserSchema.extend({ deviceName: mfaDeviceNameSchema.optional() }), async (input, { identity, db, now, context }) => {
  const setup = await startVirtualMfaSetup(db, { ...input, actor: identity.principal, settings: iamSettings(), now, context });
  return { serialNumber: setup.serialNumber, seed: setup.seed, qrCode: await qrCodeDataUrl(setup.otpauthUri) };
});

export const assignMfaAction = consoleAction(twoCodesSchema, async (input, { identity, db, now, context }) => {
  const { assignedToCaller } = await enableMfaDevice(db, { ...input, actor: identity.principal, settings: iamSettings(), now, context });
  await afterAssigning(db, identity.sessionId, now, assignedToCaller);
});

export const resyncMfaAction = consoleAction(twoCodesSchema, async (input, { identity, db, now, context }) => {
  await resyncMfaDevice(db, { ...input, actor: identity.principal, settings: iamSettings(), now, context });
});

/** The console's Remove/Deactivate. */
export const removeMfaAction = consoleAction(deviceSchema, async (input, { identity, db, now, context }) => {
  await removeMfaDevice(db, { ...input, actor: identity.principal, now, context });
  revalidatePath("/iam", "layout");
});

/**
 * After an assignment: assigning one's own device proves it (two codes, or the key's signature), so this
 * session stays valid as an MFA one; the principal's other sessions, without MFA, are refused from now on.
 */
async function afterAssigning(db: DbOrTx, sessionId: string, now: Date, assignedToCaller: boolean) {
  if (assignedToCaller) await markSessionMfaAuthenticated(db, sessionId, now);
  revalidatePath("/iam", "layout");
}

/**
 * Next with Passkey or security key: the registration options for navigator.credentials.create(), for the
 * relying party the page was opened at; none when that is an IP address, which WebAuthn refuses.
 */
export const startPasskeyRegistrationAction = consoleAction(
  targetUserSchema.extend({ deviceName: mfaDeviceNameSchema }),
  async (input, { identity, db, now }) => {
    const rp = relyingPartyFor(originFrom(await headers()));
    if (!rp.ok) return { unavailable: rp.reason };
    const options = await startSecurityKeyRegistration(db, { ...input, actor: identity.principal, sessionId: identity.sessionId, rp: rp.rp, settings: iamSettings(), now });
    return { options };
  },
);

/** Add MFA, answered by the browser: the passkey or security key is verified and assigned. */
export const finishPasskeyRegistrationAction = consoleAction(
  targetUserSchema.extend({ response: registrationResponseSchema }),
  async (input, { identity, db, now, context }) => {
    const result = await finishSecurityKeyRegistration(db, {
      actor: identity.principal,
      userName: input.userName,
      sessionId: identity.sessionId,
      response: input.response,
      settings: iamSettings(),
      now,
      context,
    });
    if (result.ok) await afterAssigning(db, identity.sessionId, now, result.assignedToCaller);
    return result.ok ? { serialNumber: result.serialNumber } : { failed: result.reason };
  },
);
