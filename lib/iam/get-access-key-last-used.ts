import type { DbOrTx } from "../db/types";
import { authorize } from "./authorize";
import { userResource } from "./iam-actions";
import { noSuchAccessKey } from "./access-keys";
import type { Principal } from "./principal";

/** AWS's AccessKeyLastUsed: "N/A" for service and region, and no date, before the key's first use. */
export type AccessKeyLastUsed = { userName: string | null; lastUsedDate: Date | null; serviceName: string; region: string };

/**
 * GetAccessKeyLastUsed: when a key of the account last signed a request, for which service and in
 * which region (written at most once a minute: see markAccessKeyUsed), as the policies allow on the
 * key's user.
 */
export async function getAccessKeyLastUsed(db: DbOrTx, input: { actor: Principal; accessKeyId: string }): Promise<AccessKeyLastUsed> {
  const { actor } = input;
  const key = await db.accessKey.findFirst({
    where: { id: input.accessKeyId, accountId: actor.accountId },
    select: { lastUsedAt: true, lastUsedService: true, lastUsedRegion: true, user: { select: { name: true, path: true } } },
  });
  if (!key) throw noSuchAccessKey(input.accessKeyId);
  // The key's user is the resource; a root user's key is asked about by the root user alone.
  if (key.user) await authorize(db, actor, "iam:GetAccessKeyLastUsed", userResource(actor.accountId, key.user.path, key.user.name));
  else if (!actor.isRoot) throw noSuchAccessKey(input.accessKeyId);
  return {
    userName: key.user?.name ?? null,
    lastUsedDate: key.lastUsedAt,
    serviceName: key.lastUsedAt ? (key.lastUsedService ?? "N/A") : "N/A",
    region: key.lastUsedAt ? (key.lastUsedRegion ?? "N/A") : "N/A",
  };
}
