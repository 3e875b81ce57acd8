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
   * The console's "Delete user": the user's password, access keys, signing certificates, SSH keys and
   * service-specific credentials go with it, each recorded as its own deletion, as AWS's console does.
   * The API's DeleteUser refuses while any of them exists.
   */
  deleteCredentials?: boolean;
  now: Date;
  context: RequestContext;
};

const mfaConflict = () => new IamError("DeleteConflict", "Cannot delete entity, must delete MFA device first.");

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type UserRow = { id: string; name: string; passwordHash: string | null };

/**
 * The credentials AWS's DeleteUser refuses to orphan, each with its DeleteConflict message; the
 * console's "Delete user" deletes them instead, each recorded as its own deletion.
 */
const CREDENTIAL_CONFLICTS: {
  what: string;
  ids: (tx: Tx, user: UserRow) => Promise<string[]>;
  remove: (tx: Tx, input: DeleteUserInput, user: UserRow, id: string) => Promise<void>;
}[] = [
  {
    what: "login profile",
    ids: async (_, user) => (user.passwordHash ? [user.id] : []),
    remove: (tx, input, user) => recordCallerEvent(tx, input, "DeleteLoginProfile", { userName: user.name }),
  },
  {
    what: "access keys",
    ids: async (tx, user) => (await tx.accessKey.findMany({ where: { userId: user.id }, select: { id: true } })).map((row) => row.id),
    remove: async (tx, input, user, id) => {
      await tx.accessKey.delete({ where: { id } });
      await recordCallerEvent(tx, input, "DeleteAccessKey", { userName: user.name, accessKeyId: id });
    },
  },
  {
    what: "signing certificates",
    ids: async (tx, user) => (await tx.signingCertificate.findMany({ where: { userId: user.id }, select: { id: true } })).map((row) => row.id),
    remove: async (tx, input, user, id) => {
      await tx.signingCertificate.delete({ where: { id } });
      await recordCallerEvent(tx, input, "DeleteSigningCertificate", { userName: user.name, certificateId: id });
    },
  },
  {
    what: "SSH public keys",
    ids: async (tx, user) => (await tx.sshPublicKey.findMany({ where: { userId: user.id }, select: { id: true } })).map((row) => row.id),
    remove: async (tx, input, user, id) => {
      await tx.sshPublicKey.delete({ where: { id } });
      await recordCallerEvent(tx, input, "DeleteSSHPublicKey", { userName: user.name, sSHPublicKeyId: id });
    },
  },
  {
    what: "service specific credentials",
    ids: async (tx, user) => (await tx.serviceSpecificCredential.findMany({ where: { userId: user.id }, select: { id: true } })).map((row) => row.id),
    remove: async (tx, input, user, id) => {
      await tx.serviceSpecificCredential.delete({ where: { id } });
      await recordCallerEvent(tx, input, "DeleteServiceSpecificCredential", { userName: user.name, serviceSpecificCredentialId: id });
    },
  },
];

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
      for (const conflict of CREDENTIAL_CONFLICTS) {
        const ids = await conflict.ids(tx, user);
        if (ids.length === 0) continue;
        if (!input.deleteCredentials) throw new IamError("DeleteConflict", `Cannot delete entity, must delete ${conflict.what} first.`);
        for (const id of ids) await conflict.remove(tx, input, user, id);
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
