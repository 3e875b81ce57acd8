"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { consoleAction } from "@/lib/auth/console-action";
import { postponeRootMfaPrompt } from "@/lib/auth/session";
import { consoleVersionSchema } from "@/lib/iam/console-version";
import { setConsoleVersion } from "@/lib/iam/set-console-version";

/**
 * The root user's Console version; the whole console follows it, so every page is revalidated. The
 * current console's MFA prompt for a root user without MFA waits for the next sign-in, as AWS's rule says.
 */
export const setConsoleVersionAction = consoleAction(z.object({ consoleVersion: consoleVersionSchema }), async ({ consoleVersion }, { identity, db, now, context }) => {
  await setConsoleVersion(db, { actor: identity.principal, consoleVersion, now, context });
  if (consoleVersion === "current") await postponeRootMfaPrompt(identity.sessionId);
  revalidatePath("/iam", "layout");
});
