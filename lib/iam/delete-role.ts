import type { Db } from "../db/types";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import type { Principal, RequestContext } from "./principal";
import { authorizeOnRole, findRoleByName } from "./roles";

/**
 * DeleteRole: refused with DeleteConflict while a managed policy is attached or an inline policy
 * remains, in AWS's words and order. Its tags go with it, and so do its sessions: their credentials
 * stop working at once (AWS lets them run out but denies what they do, the role being gone).
 */
export async function deleteRole(db: Db, input: { actor: Principal; roleName: string; now: Date; context: RequestContext }): Promise<void> {
  await authorizeOnRole(db, input.actor, input.roleName, "iam:DeleteRole");
  await db.$transaction(async (tx) => {
    const role = await findRoleByName(tx, input.actor.accountId, input.roleName);
    if (await tx.policyAttachment.count({ where: { roleId: role.id } })) {
      throw new IamError("DeleteConflict", "Cannot delete entity, must detach all policies first.");
    }
    if (await tx.inlinePolicy.count({ where: { roleId: role.id } })) {
      throw new IamError("DeleteConflict", "Cannot delete entity, must delete policies first.");
    }
    await tx.role.delete({ where: { id: role.id } });
    await recordCallerEvent(tx, input, "DeleteRole", { roleName: role.name });
  });
}
