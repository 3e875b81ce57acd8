import type { Db } from "../db/types";
import { isForeignKeyViolation } from "../db/types";
import { authorizeOnUser } from "./credentials-target";
import { IamError, isIamError } from "./errors";
import { recordCallerEvent } from "./events";
import type { Principal, RequestContext } from "./principal";
import { noSuchUser } from "./users";

export type DeleteUserInput = {
  actor: Principal;
  userName: string;
  /**
   * The console's "Delete user": the user's password, access keys, signing certificates, SSH keys,
   * service-specific credentials, policies and group memberships go with it, each recorded as its own
   * deletion, as AWS's console does.
   * The API's DeleteUser refuses while any of them exists.
   */
  deleteCredentials?: boolean;
  now: Date;
  context: RequestContext;
};

const mfaConflict = () => new IamError("DeleteConflict", "Cannot delete entity, must delete MFA device first.");

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type UserRow = { id: string; name: string; passwordHash: string | null };

type Conflict = {
  what: string;
  /** What AWS's message asks for: "delete" unless named. */
  verb?: "detach" | "remove";
  ids: (tx: Tx, user: UserRow) => Promise<string[]>;
  remove: (tx: Tx, input: DeleteUserInput, user: UserRow, id: string) => Promise<void>;
};

/** A kind of credential kept in its own table: listed by user, deleted by id, its deletion recorded as AWS's event. */
function rowsConflict(
  what: string,
  eventName: string,
  idParameter: string,
  list: (tx: Tx, userId: string) => Promise<{ id: string }[]>,
  remove: (tx: Tx, id: string) => Promise<unknown>,
): Conflict {
  return {
    what,
    ids: async (tx, user) => (await list(tx, user.id)).map((row) => row.id),
    remove: async (tx, input, user, id) => {
      await remove(tx, id);
      await recordCallerEvent(tx, input, eventName, { userName: user.name, [idParameter]: id });
    },
  };
}

const byUser = (userId: string) => ({ where: { userId }, select: { id: true } });

/**
 * The credentials, policies and group memberships AWS's DeleteUser refuses to orphan, in the order it names
 * them, each with its DeleteConflict message; the console's "Delete user" deletes them instead, each
 * deletion recorded.
 */
const CREDENTIAL_CONFLICTS: Conflict[] = [
  {
    what: "login profile",
    ids: async (_, user) => (user.passwordHash ? [user.id] : []),
    remove: (tx, input, user) => recordCallerEvent(tx, input, "DeleteLoginProfile", { userName: user.name }),
  },
  rowsConflict("access keys", "DeleteAccessKey", "accessKeyId", (tx, userId) => tx.accessKey.findMany(byUser(userId)), (tx, id) => tx.accessKey.delete({ where: { id } })),
  rowsConflict(
    "signing certificates",
    "DeleteSigningCertificate",
    "certificateId",
    (tx, userId) => tx.signingCertificate.findMany(byUser(userId)),
    (tx, id) => tx.signingCertificate.delete({ where: { id } }),
  ),
  rowsConflict(
    "SSH public keys",
    "DeleteSSHPublicKey",
    "sSHPublicKeyId",
    (tx, userId) => tx.sshPublicKey.findMany(byUser(userId)),
    (tx, id) => tx.sshPublicKey.delete({ where: { id } }),
  ),
  rowsConflict(
    "service specific credentials",
    "DeleteServiceSpecificCredential",
    "serviceSpecificCredentialId",
    (tx, userId) => tx.serviceSpecificCredential.findMany(byUser(userId)),
    (tx, id) => tx.serviceSpecificCredential.delete({ where: { id } }),
  ),
  {
    what: "policies",
    ids: async (tx, user) => (await tx.inlinePolicy.findMany({ where: { userId: user.id }, select: { name: true } })).map((row) => row.name),
    remove: async (tx, input, user, policyName) => {
      await tx.inlinePolicy.deleteMany({ where: { userId: user.id, name: policyName } });
      await recordCallerEvent(tx, input, "DeleteUserPolicy", { userName: user.name, policyName });
    },
  },
  {
    what: "all policies",
    verb: "detach",
    ids: async (tx, user) => (await tx.policyAttachment.findMany({ where: { userId: user.id }, select: { policyArn: true } })).map((row) => row.policyArn),
    remove: async (tx, input, user, policyArn) => {
      await tx.policyAttachment.deleteMany({ where: { userId: user.id, policyArn } });
      await recordCallerEvent(tx, input, "DetachUserPolicy", { userName: user.name, policyArn });
    },
  },
  {
    // AWS's message names the group's side of the membership, as DeleteGroup's does.
    what: "users from group",
    verb: "remove",
    ids: async (tx, user) => (await tx.groupMembership.findMany({ where: { userId: user.id }, select: { groupId: true } })).map((row) => row.groupId),
    remove: async (tx, input, user, groupId) => {
      const { group } = await tx.groupMembership.delete({ where: { groupId_userId: { groupId, userId: user.id } }, select: { group: { select: { name: true } } } });
      await recordCallerEvent(tx, input, "RemoveUserFromGroup", { groupName: group.name, userName: user.name });
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
    const { id } = await authorizeOnUser(db, actor, input.userName, "iam:DeleteUser");
    await db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id } });
      if (!user) throw noSuchUser(input.userName);
      if ((await tx.mfaDevice.count({ where: { userId: user.id } })) > 0) throw mfaConflict();
      for (const conflict of CREDENTIAL_CONFLICTS) {
        const ids = await conflict.ids(tx, user);
        if (ids.length === 0) continue;
        if (!input.deleteCredentials) throw new IamError("DeleteConflict", `Cannot delete entity, must ${conflict.verb ?? "delete"} ${conflict.what} first.`);
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
