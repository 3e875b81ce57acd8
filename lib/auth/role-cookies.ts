import "server-only";
import { cookies, headers } from "next/headers";
import { z } from "zod";
import type { DbOrTx } from "../db/types";
import type { Principal } from "../iam/principal";
import { ASSUME_ROLE_DEFAULT_SECONDS } from "../iam/assume-role";
import { cameOverHttps } from "./request-context";
import { decodeRoleTicket, endRoleSession, encodeRoleTicket, type RoleTicket } from "./switch-role";
import { type RoleHistoryEntry, roleHistoryEntrySchema, ROLE_HISTORY_LENGTH, withRoleInHistory } from "./switch-role-form";

/** The httpOnly cookie naming this browser's role session (lib/auth/switch-role.ts); checked on every request. */
export const ROLE_SESSION_COOKIE = "role-session";
/**
 * The roles this browser switched to, newest first, as AWS keeps them in a cookie of its console: only
 * what the account menu lists and prefills, never a permission (each entry switches through the same check).
 */
export const ROLE_HISTORY_COOKIE = "role-history";

const ONE_YEAR_S = 365 * 24 * 60 * 60;

export async function readRoleTicket(): Promise<RoleTicket | null> {
  return decodeRoleTicket((await cookies()).get(ROLE_SESSION_COOKIE)?.value);
}

export async function readRoleHistory(): Promise<RoleHistoryEntry[]> {
  const value = (await cookies()).get(ROLE_HISTORY_COOKIE)?.value;
  if (!value || value.length > 4096) return [];
  try {
    const parsed = z.array(roleHistoryEntrySchema).max(ROLE_HISTORY_LENGTH).safeParse(JSON.parse(Buffer.from(value, "base64url").toString()));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Acts as the role of `ticket` from the next request on, and puts the role first in the history. */
export async function saveRoleSession(ticket: RoleTicket): Promise<void> {
  const [jar, secure, history] = [await cookies(), cameOverHttps(await headers()), await readRoleHistory()];
  const options = { httpOnly: true, sameSite: "lax" as const, secure, path: "/" };
  jar.set(ROLE_SESSION_COOKIE, encodeRoleTicket(ticket), { ...options, maxAge: ASSUME_ROLE_DEFAULT_SECONDS });
  const entries = withRoleInHistory(history, ticket.view);
  jar.set(ROLE_HISTORY_COOKIE, Buffer.from(JSON.stringify(entries)).toString("base64url"), { ...options, maxAge: ONE_YEAR_S });
}

/** Ends this browser's role session, if any ("Back to <user>", a new switch, Sign out): on the server first, then its cookie. */
export async function endBrowserRoleSession(db: DbOrTx, user: Principal, now: Date): Promise<void> {
  const ticket = await readRoleTicket();
  if (ticket) await endRoleSession(db, { ticket, user, now });
  (await cookies()).delete({ name: ROLE_SESSION_COOKIE, path: "/" });
}
