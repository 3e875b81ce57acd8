import type { Db } from "../db/types";
import { deactivateMfaDevice } from "./deactivate-mfa-device";
import { deleteVirtualMfaDevice } from "./delete-virtual-mfa-device";
import { findDevice } from "./mfa-devices";
import type { Principal, RequestContext } from "./principal";

/**
 * The console's Remove (and the 2021 root user's Deactivate): the device is deactivated, and a virtual
 * one deleted too, as the console does; a hardware token stays with the account, a passkey is gone.
 */
export async function removeMfaDevice(
  db: Db,
  input: { actor: Principal; userName?: string | null; serialNumber: string; now: Date; context: RequestContext },
): Promise<void> {
  const { kind } = await findDevice(db, input.actor.accountId, input.serialNumber);
  await deactivateMfaDevice(db, input);
  if (kind === "virtual") await deleteVirtualMfaDevice(db, { actor: input.actor, serialNumber: input.serialNumber, now: input.now, context: input.context });
}
