"use server";

import { revalidatePath } from "next/cache";
import { consoleAction } from "@/lib/auth/console-action";
import { resetAccount } from "@/lib/iam/reset-account";
import { resetAccountSchema } from "@/lib/iam/reset-account-schema";

/** Reset sandbox: only with the caller's own account id typed; the domain refuses all but the root user. */
export const resetSandboxAction = consoleAction(
  ({ principal }) => resetAccountSchema(principal.accountId),
  async (_confirmed, { identity, db, now, context }) => {
    await resetAccount(db, { actor: identity.principal, keepSessionId: identity.sessionId, now, context });
    revalidatePath("/iam", "layout");
  },
);
