"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { consoleAction } from "@/lib/auth/console-action";
import { setRequireMfaForApi } from "@/lib/iam/set-require-mfa-for-api";

export const setRequireMfaForApiAction = consoleAction(z.object({ required: z.boolean() }), async ({ required }, { identity, db, now, context }) => {
  await setRequireMfaForApi(db, { actor: identity.principal, required, now, context });
  revalidatePath("/iam/account-settings");
});
