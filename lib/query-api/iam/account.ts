import "server-only";
import { z } from "zod";
import { ACCESS_KEYS_PER_USER } from "../../iam/access-keys";
import { createAccountAlias } from "../../iam/create-account-alias";
import { deleteAccountAlias } from "../../iam/delete-account-alias";
import { getAccount } from "../../iam/get-account";
import { getAccountSummary } from "../../iam/get-account-summary";
import { mfaDevicesPerUserQuota } from "../../iam/quotas";
import type { Operation } from "../operation";
import { parseParams } from "../params";
import { XmlMap } from "../xml";
import { accountAlias } from "./params";

/** The account itself: its summary and its alias. */
export const ACCOUNT_OPERATIONS: Record<string, Operation> = {
  async GetAccountSummary({ db, actor, settings }) {
    const summary = await getAccountSummary(db, { actor });
    return {
      SummaryMap: new XmlMap({ ...summary, AccessKeysPerUserQuota: ACCESS_KEYS_PER_USER, MFADevicesPerUserQuota: mfaDevicesPerUserQuota(settings, actor) }),
    };
  },

  async CreateAccountAlias({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ AccountAlias: accountAlias() }), params);
    await createAccountAlias(db, { actor, accountAlias: p.AccountAlias, now, context });
    return null;
  },

  async ListAccountAliases({ db, actor }) {
    const account = await getAccount(db, actor.accountId);
    return { AccountAliases: account.alias ? [account.alias] : [], IsTruncated: false };
  },

  async DeleteAccountAlias({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ AccountAlias: accountAlias() }), params);
    await deleteAccountAlias(db, { actor, accountAlias: p.AccountAlias, now, context });
    return null;
  },
};
