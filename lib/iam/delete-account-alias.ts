import type { Db } from "../db/types";
import { authorize } from "./authorize";
import { ANY_RESOURCE } from "./iam-actions";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import type { Principal, RequestContext } from "./principal";

/** DeleteAccountAlias: IAM users sign in with the 12-digit account id again. */
export async function deleteAccountAlias(
  db: Db,
  input: { actor: Principal; accountAlias: string; now: Date; context: RequestContext },
): Promise<void> {
  const { actor, accountAlias } = input;
  await authorize(db, actor, "iam:DeleteAccountAlias", ANY_RESOURCE);
  await db.$transaction(async (tx) => {
    const { count } = await tx.account.updateMany({ where: { id: actor.accountId, alias: accountAlias }, data: { alias: null } });
    if (count !== 1) throw new IamError("NoSuchEntity", `The account alias ${accountAlias} cannot be found.`);
    await recordCallerEvent(tx, input, "DeleteAccountAlias", { accountAlias });
  });
}
