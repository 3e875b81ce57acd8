import type { DbOrTx } from "../db/types";
import { IamError } from "./errors";

export type AccountOverview = { accountId: string; alias: string | null; name: string; rootEmail: string; createdAt: Date; requireMfaForApi: boolean; isDemo: boolean; isDemoCopy: boolean };

export async function getAccount(db: DbOrTx, accountId: string): Promise<AccountOverview> {
  const account = await db.account.findUnique({ where: { id: accountId } });
  if (!account) throw new IamError("NoSuchEntity", `The account ${accountId} cannot be found.`);
  return { accountId: account.id, alias: account.alias, name: account.name, rootEmail: account.rootEmail, createdAt: account.createdAt, requireMfaForApi: account.requireMfaForApi, isDemo: account.isDemo, isDemoCopy: account.demoCopyTokenHash !== null };
}
