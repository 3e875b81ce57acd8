"use server";

import { revalidatePath } from "next/cache";
import { consoleAction } from "@/lib/auth/console-action";
import { createUser } from "@/lib/iam/create-user";
import { deleteUser } from "@/lib/iam/delete-user";
import { administratorOf, createUserSchema, userRefSchema } from "@/lib/iam/user-schemas";

/** Create user: CreateUser with its console password, if any. Authorization is the domain's. */
export const createUserAction = consoleAction(createUserSchema, async (input, { identity, db, now, context }) => {
  const user = await createUser(db, {
    accountId: identity.principal.accountId,
    userName: input.userName,
    path: input.path,
    password: input.consoleAccess ? input.password : null,
    administrator: administratorOf(input.permissions),
    actor: identity.principal,
    now,
    context,
  });
  revalidatePath("/iam", "layout");
  return { userName: user.userName };
});

/** Delete user, as the console does it: the password goes too; an assigned MFA device refuses it. */
export const deleteUserAction = consoleAction(userRefSchema, async ({ userName }, { identity, db, now, context }) => {
  await deleteUser(db, { actor: identity.principal, userName, deleteCredentials: true, now, context });
  revalidatePath("/iam", "layout");
});
