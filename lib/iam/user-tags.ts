import type { Db, DbOrTx } from "../db/types";
import { authorizeOnUser } from "./credentials-target";
import { recordCallerEvent } from "./events";
import type { Principal, RequestContext } from "./principal";
import { checkDistinctKeys, type Tag, tagKeyOf, writeTags } from "./tags";

export type { Tag } from "./tags";

/** Adds or overwrites `tags` on the user (a key given again in another case replaces the old one). */
export async function writeUserTags(tx: DbOrTx, userId: string, tags: Tag[]): Promise<void> {
  await writeTags(
    {
      upsert: ({ keyKey, key, value }) =>
        tx.userTag.upsert({ where: { userId_keyKey: { userId, keyKey } }, create: { userId, keyKey, key, value }, update: { key, value } }),
      count: () => tx.userTag.count({ where: { userId } }),
    },
    tags,
  );
}

/** TagUser: at most 50 tags on a user; a request that would pass that changes nothing. */
export async function tagUser(db: Db, input: { actor: Principal; userName: string; tags: Tag[]; now: Date; context: RequestContext }): Promise<void> {
  checkDistinctKeys(input.tags);
  const { id } = await authorizeOnUser(db, input.actor, input.userName, "iam:TagUser");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id } });
    await writeUserTags(tx, user.id, input.tags);
    await recordCallerEvent(tx, input, "TagUser", { userName: user.name, tags: input.tags });
  });
}

/** UntagUser: removes the keys, regardless of case; keys the user does not have are ignored, as in AWS. */
export async function untagUser(db: Db, input: { actor: Principal; userName: string; tagKeys: string[]; now: Date; context: RequestContext }): Promise<void> {
  const { id } = await authorizeOnUser(db, input.actor, input.userName, "iam:UntagUser");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id } });
    await tx.userTag.deleteMany({ where: { userId: user.id, keyKey: { in: input.tagKeys.map(tagKeyOf) } } });
    await recordCallerEvent(tx, input, "UntagUser", { userName: user.name, tagKeys: input.tagKeys });
  });
}

/** ListUserTags (and GetUser's Tags): by key. Administrators read any user's; users their own. */
export async function listUserTags(db: DbOrTx, input: { actor: Principal; userName: string }): Promise<Tag[]> {
  const user = await authorizeOnUser(db, input.actor, input.userName, "iam:ListUserTags");
  return userTagsOf(db, user.id);
}

export async function userTagsOf(db: DbOrTx, userId: string): Promise<Tag[]> {
  const tags = await db.userTag.findMany({ where: { userId }, orderBy: { keyKey: "asc" }, select: { key: true, value: true } });
  return tags;
}
