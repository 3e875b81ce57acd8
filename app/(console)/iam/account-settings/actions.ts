"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { consoleAction } from "@/lib/auth/console-action";
import { createAccountAlias } from "@/lib/iam/create-account-alias";
import { deleteAccountAlias } from "@/lib/iam/delete-account-alias";
import { accountAliasSchema } from "@/lib/iam/validation";

const aliasSchema = z.object({ accountAlias: accountAliasSchema });

export const createAccountAliasAction = consoleAction(aliasSchema, async ({ accountAlias }, { identity, db, now, context }) => {
  await createAccountAlias(db, { actor: identity.principal, accountAlias, now, context });
  revalidatePath("/iam", "layout");
});

export const deleteAccountAliasAction = consoleAction(aliasSchema, async ({ accountAlias }, { identity, db, now, context }) => {
  await deleteAccountAlias(db, { actor: identity.principal, accountAlias, now, context });
  revalidatePath("/iam", "layout");
});
