import "server-only";
import { z } from "zod";
import { createAccountAlias } from "../../iam/create-account-alias";
import { deleteAccountAlias } from "../../iam/delete-account-alias";
import { getAccount } from "../../iam/get-account";
import { getAccountSummary } from "../../iam/get-account-summary";
import type { Operation } from "../operation";
import { parseParams } from "../params";
import { XmlMap } from "../xml";
import { accountAlias } from "./params";

// Each operation's parameters, built once (./params.ts).
const ALIAS = z.object({ AccountAlias: accountAlias() });

/** The account itself: its summary and its alias. */
export const ACCOUNT_OPERATIONS: Record<string, Operation> = {
  async GetAccountSummary({ db, actor }) {
    return { SummaryMap: new XmlMap(await getAccountSummary(db, { actor })) };
  },

  async CreateAccountAlias({ params, db, actor, now, context }) {
    const p = parseParams(ALIAS, params);
    await createAccountAlias(db, { actor, accountAlias: p.AccountAlias, now, context });
    return null;
  },

  async ListAccountAliases({ db, actor }) {
    const account = await getAccount(db, actor.accountId);
    return { AccountAliases: account.alias ? [account.alias] : [], IsTruncated: false };
  },

  async DeleteAccountAlias({ params, db, actor, now, context }) {
    const p = parseParams(ALIAS, params);
    await deleteAccountAlias(db, { actor, accountAlias: p.AccountAlias, now, context });
    return null;
  },
};
