import type { DbOrTx } from "../db/types";
import type { Principal } from "./principal";
import { roleTagsOf } from "./role-tags";
import { authorizeOnRole, findRoleByName, type RoleDetail, roleDetail } from "./roles";

/** GetRole: the role with its trust policy, tags and last use. */
export async function getRole(db: DbOrTx, input: { actor: Principal; roleName: string }): Promise<RoleDetail> {
  const role = await authorizeOnRole(db, input.actor, input.roleName, "iam:GetRole");
  return roleDetail(role, await roleTagsOf(db, role.id));
}
