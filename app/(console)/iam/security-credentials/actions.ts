"use server";

import { revalidatePath } from "next/cache";
import { consoleAction } from "@/lib/auth/console-action";
import { markSessionMfaAuthenticated } from "@/lib/auth/console-session";
import { iamSettings } from "@/lib/config/iam-settings";
import { enableMfaDevice } from "@/lib/iam/enable-mfa-device";
import { deviceSchema, targetUserSchema, twoCodesSchema } from "@/lib/iam/mfa-schemas";
import { removeMfaDevice } from "@/lib/iam/remove-mfa-device";
import { resyncMfaDevice } from "@/lib/iam/resync-mfa-device";
import { startVirtualMfaSetup } from "@/lib/iam/start-virtual-mfa-setup";
import { qrCodeDataUrl } from "@/lib/mfa/qr-code";

// The MFA wizard's actions, for the caller's own credentials or (administrators) an IAM user's.
// Authorization is the domain's: every lib/iam function checks the actor against the target.

/** Continue in "Manage MFA device": creates the device; the seed and QR code leave the server here only. */
export const startMfaSetupAction = consoleAction(targetUserSchema, async ({ userName }, { identity, db, now, context }) => {
  const setup = await startVirtualMfaSetup(db, { actor: identity.principal, userName, settings: iamSettings(), now, context });
  return { serialNumber: setup.serialNumber, seed: setup.seed, qrCode: await qrCodeDataUrl(setup.otpauthUri) };
});

export const assignMfaAction = consoleAction(twoCodesSchema, async (input, { identity, db, now, context }) => {
  const { assignedToCaller } = await enableMfaDevice(db, { ...input, actor: identity.principal, settings: iamSettings(), now, context });
  // Assigning one's own device proves it with two codes, so this session stays valid as an MFA one;
  // the principal's other sessions, without MFA, are refused from now on.
  if (assignedToCaller) await markSessionMfaAuthenticated(db, identity.sessionId, now);
  revalidatePath("/iam", "layout");
});

export const resyncMfaAction = consoleAction(twoCodesSchema, async (input, { identity, db, now, context }) => {
  await resyncMfaDevice(db, { ...input, actor: identity.principal, settings: iamSettings(), now, context });
});

/** The console's Remove/Deactivate. */
export const removeMfaAction = consoleAction(deviceSchema, async (input, { identity, db, now, context }) => {
  await removeMfaDevice(db, { ...input, actor: identity.principal, now, context });
  revalidatePath("/iam", "layout");
});
