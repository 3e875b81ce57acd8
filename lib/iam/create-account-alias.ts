import type { Db } from "../db/types";
import { isUniqueViolation } from "../db/types";
import { authorize } from "./authorize";
import { ANY_RESOURCE } from "./iam-actions";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import type { Principal, RequestContext } from "./principal";

export type CreateAccountAliasInput = {
  actor: Principal;
  /** Already validated (accountAliasSchema). */
  accountAlias: string;
  now: Date;
  context: RequestContext;
};

/**
 * CreateAccountAlias. An account has one alias: a new one replaces the old, whose sign-in URL stops
 * working at once. Aliases are unique across the deployment, as AWS's are across AWS.
 */
export async function createAccountAlias(db: Db, input: CreateAccountAliasInput): Promise<void> {
  const { actor, accountAlias } = input;
  await authorize(db, actor, "iam:CreateAccountAlias", ANY_RESOURCE);
  const taken = () => new IamError("EntityAlreadyExists", `The account alias ${accountAlias} already exists.`);
  try {
    await db.$transaction(async (tx) => {
      const owner = await tx.account.findUnique({ where: { alias: accountAlias }, select: { id: true } });
      if (owner && owner.id !== actor.accountId) throw taken();
      await tx.account.update({ where: { id: actor.accountId }, data: { alias: accountAlias } });
      await recordCallerEvent(tx, input, "CreateAccountAlias", { accountAlias });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
}
