import type { Db, DbOrTx } from "../db/types";
import { authorizeOnUser } from "./credentials-target";
import { MAX_TAGS } from "./constraints";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import type { Principal, RequestContext } from "./principal";

export type Tag = { key: string; value: string };

/** A user's tag keys are unique regardless of case, as AWS keeps them. */
const keyKey = (key: string) => key.toLowerCase();

/** InvalidInput for one request naming a key twice, in AWS's words for user and role tags. */
export function checkDistinctKeys(tags: Tag[]): void {
  const keys = new Set(tags.map((tag) => keyKey(tag.key)));
  if (keys.size !== tags.length) {
    throw new IamError("InvalidInput", "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
  }
}

const tooManyTags = () => new IamError("LimitExceeded", "The number of tags has reached the maximum limit.");

/**
 * Adds or overwrites `tags` on one resource (a key given again in another case replaces the old one), then
 * refuses more than 50: `upsert` writes one tag under its case-folded key, `count` counts the resource's tags.
 * Call it in the transaction that must change nothing when it throws.
 */
export async function writeTags(tags: Tag[], upsert: (tag: Tag & { keyKey: string }) => Promise<unknown>, count: () => Promise<number>): Promise<void> {
  checkDistinctKeys(tags);
  for (const tag of tags) await upsert({ ...tag, keyKey: keyKey(tag.key) });
  if ((await count()) > MAX_TAGS) throw tooManyTags();
}

/** Adds or overwrites `tags` on the user. */
export async function writeUserTags(tx: DbOrTx, userId: string, tags: Tag[]): Promise<void> {
  await writeTags(
    tags,
    (tag) =>
      tx.userTag.upsert({
        where: { userId_keyKey: { userId, keyKey: tag.keyKey } },
        create: { userId, keyKey: tag.keyKey, key: tag.key, value: tag.value },
        update: { key: tag.key, value: tag.value },
      }),
    () => tx.userTag.count({ where: { userId } }),
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
    await tx.userTag.deleteMany({ where: { userId: user.id, keyKey: { in: input.tagKeys.map(keyKey) } } });
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
