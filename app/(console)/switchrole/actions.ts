"use server";

import { z } from "zod";
import { consoleAction } from "@/lib/auth/console-action";
import { endBrowserRoleSession, saveRoleSession } from "@/lib/auth/role-cookies";
import { switchRole } from "@/lib/auth/switch-role";
import { switchRoleSchema } from "@/lib/auth/switch-role-form";
import { iamSettings } from "@/lib/config/iam-settings";

/**
 * Switch Role: the signed-in IAM user assumes the role (lib/auth/switch-role.ts); a role session
 * switches again as the user it came from, as AWS's console authorizes every switch with the
 * original credentials. The session it replaces ends once the new one exists.
 */
export const switchRoleAction = consoleAction(switchRoleSchema, async (form, { identity, db, now, context }) => {
  const user = identity.switchedRole?.user ?? identity.principal;
  const ticket = await switchRole(db, { user, form, now, context, settings: iamSettings() });
  await endBrowserRoleSession(db, user, now);
  await saveRoleSession(ticket);
  return null;
});

/** "Back to <user>": ends the role session; the user acts as themselves again, without signing in. */
export const switchBackAction = consoleAction(z.undefined(), async (_input, { identity, db, now }) => {
  await endBrowserRoleSession(db, identity.switchedRole?.user ?? identity.principal, now);
  return null;
});
