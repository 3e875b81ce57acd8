import type { DbOrTx } from "../db/types";
import { requireAccountAdministrator } from "./authorization";
import type { Principal } from "./principal";
import { roleTagsOf } from "./role-tags";
import { findRoleByName, type RoleDetail, roleDetail } from "./roles";

/** GetRole: the role with its trust policy, tags and last use. */
export async function getRole(db: DbOrTx, input: { actor: Principal; roleName: string }): Promise<RoleDetail> {
  requireAccountAdministrator(input.actor, "GetRole");
  const role = await findRoleByName(db, input.actor.accountId, input.roleName);
  return roleDetail(role, await roleTagsOf(db, role.id));
}
