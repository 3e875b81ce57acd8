import type { DbOrTx } from "../db/types";
import type { Principal } from "./principal";
import { type RoleView, roleView } from "./roles";
import { authorize } from "./authorize";
import { arnResource } from "./iam-actions";

/**
 * ListRoles: the account's roles whose path starts with `pathPrefix` ("/div" finds "/division/"), by
 * name. AWS's list leaves out tags and last use (ListRoles, API reference), so they are not read.
 */
export async function listRoles(db: DbOrTx, input: { actor: Principal; pathPrefix?: string }): Promise<RoleView[]> {
  await authorize(db, input.actor, "iam:ListRoles", arnResource(`arn:aws:iam::${input.actor.accountId}:role${input.pathPrefix ?? "/"}`));
  const roles = await db.role.findMany({ where: { accountId: input.actor.accountId }, orderBy: { nameKey: "asc" } });
  return roles.filter((role) => role.path.startsWith(input.pathPrefix ?? "/")).map(roleView);
}
