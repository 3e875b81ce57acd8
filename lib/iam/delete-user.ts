import type { Db } from "../db/types";
import { isForeignKeyViolation } from "../db/types";
import { requireAccountAdministrator } from "./authorization";
import { IamError, isIamError } from "./errors";
import { recordCallerEvent } from "./events";
import type { Principal, RequestContext } from "./principal";
import { findUserByName } from "./users";

export type DeleteUserInput = {
  actor: Principal;
  userName: string;
  /**
   * The console's "Delete user": the user's password and access keys go with it, each recorded as
   * its own deletion, as AWS's console does. The API's DeleteUser refuses while either exists.
   */
  deleteCredentials?: boolean;
  now: Date;
  context: RequestContext;
};

const mfaConflict = () => new IamError("DeleteConflict", "Cannot delete entity, must delete MFA device first.");

/**
 * DeleteUser. Refused while the user has an MFA device assigned, as in AWS; the user's console
 * sessions, pending sign-ins, STS session credentials and the unassigned devices the wizard made
 * for them go with the user.
 * A refused call is recorded with its error code, as CloudTrail records it.
 */
export async function deleteUser(db: Db, input: DeleteUserInput): Promise<void> {
  const { actor } = input;
  try {
    requireAccountAdministrator(actor, "DeleteUser");
    await db.$transaction(async (tx) => {
      const user = await findUserByName(tx, actor.accountId, input.userName);
      if ((await tx.mfaDevice.count({ where: { userId: user.id } })) > 0) throw mfaConflict();
      const accessKeys = await tx.accessKey.findMany({ where: { userId: user.id }, select: { id: true } });
      if (!input.deleteCredentials && user.passwordHash) {
        throw new IamError("DeleteConflict", "Cannot delete entity, must delete login profile first.");
      }
      if (!input.deleteCredentials && accessKeys.length > 0) {
        throw new IamError("DeleteConflict", "Cannot delete entity, must delete access keys first.");
      }
      if (user.passwordHash) await recordCallerEvent(tx, input, "DeleteLoginProfile", { userName: user.name });
      for (const key of accessKeys) {
        await tx.accessKey.delete({ where: { id: key.id } });
        await recordCallerEvent(tx, input, "DeleteAccessKey", { userName: user.name, accessKeyId: key.id });
      }

      // A cancelled wizard's device, never assigned, would otherwise keep the user's name taken.
      const leftovers = await tx.mfaDevice.findMany({
        where: { accountId: actor.accountId, createdByWizardOf: user.id, userId: null, assignedToRoot: false },
        select: { id: true, serialNumber: true },
      });
      for (const device of leftovers) {
        await tx.mfaDevice.delete({ where: { id: device.id } });
        await recordCallerEvent(tx, input, "DeleteVirtualMFADevice", { serialNumber: device.serialNumber });
      }
      await tx.consoleSession.deleteMany({ where: { accountId: actor.accountId, userId: user.id } });
      await tx.signInChallenge.deleteMany({ where: { accountId: actor.accountId, userId: user.id } });
      await tx.temporaryCredential.deleteMany({ where: { accountId: actor.accountId, userId: user.id } });
      await tx.user.delete({ where: { id: user.id } });
      await recordCallerEvent(tx, input, "DeleteUser", { userName: user.name });
    });
  } catch (caught) {
    // A device assigned between the check and the delete: the database refuses to orphan it.
    const error = isForeignKeyViolation(caught) ? mfaConflict() : caught;
    if (isIamError(error)) {
      await recordCallerEvent(db, input, "DeleteUser", { userName: input.userName }, { error });
    }
    throw error;
  }
}
