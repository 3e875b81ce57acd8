import { MAX_TAGS } from "./constraints";
import { IamError } from "./errors";

// The tag rules IAM applies alike to users and roles (TagUser, TagRole, CreateUser's and CreateRole's
// Tags): keys unique regardless of case within a request and on the resource, at most 50 on one resource.

export type Tag = { key: string; value: string };

/** A tag's identity on its resource: its key, regardless of case. */
export const tagKeyOf = (key: string) => key.toLowerCase();

/** InvalidInput for one request naming a key twice, in AWS's words for user and role tags. */
export function checkDistinctKeys(tags: Tag[]): void {
  const keys = new Set(tags.map((tag) => tagKeyOf(tag.key)));
  if (keys.size !== tags.length) {
    throw new IamError("InvalidInput", "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
  }
}

/** One resource's tag table, as writeTags needs it. */
export type TagStore = {
  /** Adds the tag, or overwrites the one with the same key in any case. */
  upsert: (tag: Tag & { keyKey: string }) => Promise<unknown>;
  count: () => Promise<number>;
};

/**
 * Adds or overwrites `tags` on one resource, in the caller's transaction: a request that would take the
 * resource past 50 tags throws LimitExceeded, so the transaction changes nothing.
 */
export async function writeTags(store: TagStore, tags: Tag[]): Promise<void> {
  checkDistinctKeys(tags);
  for (const tag of tags) await store.upsert({ ...tag, keyKey: tagKeyOf(tag.key) });
  if ((await store.count()) > MAX_TAGS) throw new IamError("LimitExceeded", "The number of tags has reached the maximum limit.");
}
