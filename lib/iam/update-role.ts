import type { Db } from "../db/types";
import { recordCallerEvent } from "./events";
import type { Principal, RequestContext } from "./principal";
import { roleTagsOf } from "./role-tags";
import { authorizeOnRole, findRoleByName, type RoleDetail, roleDetail } from "./roles";

export type UpdateRoleInput = {
  actor: Principal;
  roleName: string;
  /** Replaces the description; "" clears it, as AWS keeps an empty one. */
  description?: string;
  /** Already within 3,600–43,200 seconds. */
  maxSessionDuration?: number;
  now: Date;
  context: RequestContext;
};

/**
 * UpdateRole and UpdateRoleDescription (`eventName`): the description and the longest session; what is
 * not given stays. Sessions already granted keep their expiry, as at AWS. Answers the role as it is now,
 * which UpdateRoleDescription returns.
 */
export async function updateRole(db: Db, input: UpdateRoleInput, eventName: "UpdateRole" | "UpdateRoleDescription" = "UpdateRole"): Promise<RoleDetail> {
  await authorizeOnRole(db, input.actor, input.roleName, `iam:${eventName}`);
  return db.$transaction(async (tx) => {
    const role = await findRoleByName(tx, input.actor.accountId, input.roleName);
    const updated = await tx.role.update({
      where: { id: role.id },
      data: {
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.maxSessionDuration !== undefined ? { maxSessionDuration: input.maxSessionDuration } : {}),
      },
    });
    await recordCallerEvent(tx, input, eventName, {
      roleName: role.name,
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.maxSessionDuration !== undefined ? { maxSessionDuration: input.maxSessionDuration } : {}),
    });
    return roleDetail(updated, await roleTagsOf(tx, role.id));
  });
}
