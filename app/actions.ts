"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/lib/auth/auth";
import { endBrowserRoleSession } from "@/lib/auth/role-cookies";
import { getIdentity } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formFields } from "@/lib/forms";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/messages";

const ONE_YEAR_S = 365 * 24 * 60 * 60;

/** The footer's language switch. A preference, not account data: it needs no session. */
export async function setLocaleAction(formData: unknown): Promise<void> {
  const parsed = z.enum(LOCALES).safeParse(formFields(formData).locale);
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { path: "/", maxAge: ONE_YEAR_S, sameSite: "lax", httpOnly: true });
}

/**
 * Ends the session on the server (next-auth's signOut event revokes it), so a copy of the old cookie
 * is refused from now on; a role the user switched to ends with it.
 */
export async function signOutAction(): Promise<void> {
  const identity = await getIdentity();
  if (identity) await endBrowserRoleSession(getDb(), identity.switchedRole?.user ?? identity.principal, identity.now);
  await signOut({ redirect: false });
  redirect("/signin?signedOut=1");
}
