import type { Db, DbOrTx } from "../db/types";
import { recordCallerEvent } from "./events";
import type { Principal, RequestContext } from "./principal";
import { authorizeOnRole, findRoleByName } from "./roles";
import { checkDistinctKeys, type Tag, tagKeyOf, writeTags } from "./tags";

/** Adds or overwrites `tags` on the role, by the rules of lib/iam/tags.ts. */
export async function writeRoleTags(tx: DbOrTx, roleId: string, tags: Tag[]): Promise<void> {
  if (tags.length === 0) return;
  await writeTags(
    {
      upsert: ({ keyKey, key, value }) =>
        tx.roleTag.upsert({ where: { roleId_keyKey: { roleId, keyKey } }, create: { roleId, keyKey, key, value }, update: { key, value } }),
      count: () => tx.roleTag.count({ where: { roleId } }),
    },
    tags,
  );
}

export async function roleTagsOf(db: DbOrTx, roleId: string): Promise<Tag[]> {
  return db.roleTag.findMany({ where: { roleId }, orderBy: { keyKey: "asc" }, select: { key: true, value: true } });
}

/** TagRole: at most 50 tags on a role; a request that would pass that changes nothing. */
export async function tagRole(db: Db, input: { actor: Principal; roleName: string; tags: Tag[]; now: Date; context: RequestContext }): Promise<void> {
  await authorizeOnRole(db, input.actor, input.roleName, "iam:TagRole");
  checkDistinctKeys(input.tags);
  await db.$transaction(async (tx) => {
    const role = await findRoleByName(tx, input.actor.accountId, input.roleName);
    await writeRoleTags(tx, role.id, input.tags);
    await recordCallerEvent(tx, input, "TagRole", { roleName: role.name, tags: input.tags });
  });
}

/** UntagRole: removes the keys, regardless of case; keys the role does not have are ignored, as in AWS. */
export async function untagRole(db: Db, input: { actor: Principal; roleName: string; tagKeys: string[]; now: Date; context: RequestContext }): Promise<void> {
  await authorizeOnRole(db, input.actor, input.roleName, "iam:UntagRole");
  await db.$transaction(async (tx) => {
    const role = await findRoleByName(tx, input.actor.accountId, input.roleName);
    await tx.roleTag.deleteMany({ where: { roleId: role.id, keyKey: { in: input.tagKeys.map(tagKeyOf) } } });
    await recordCallerEvent(tx, input, "UntagRole", { roleName: role.name, tagKeys: input.tagKeys });
  });
}

/** ListRoleTags: the role's tags by key. */
export async function listRoleTags(db: DbOrTx, input: { actor: Principal; roleName: string }): Promise<Tag[]> {
  const role = await authorizeOnRole(db, input.actor, input.roleName, "iam:ListRoleTags");
  return roleTagsOf(db, role.id);
}
