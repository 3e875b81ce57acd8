import "server-only";
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { Db, DbOrTx } from "../db/types";
import { ASSUME_ROLE_DEFAULT_SECONDS, assumeRole } from "../iam/assume-role";
import { IamError, isIamError } from "../iam/errors";
import { recordCallerEvent } from "../iam/events";
import { PRINCIPAL_ACCOUNT_FIELDS, PRINCIPAL_ROLE_FIELDS, roleSessionPrincipal } from "../iam/get-principal";
import type { Principal, RequestContext } from "../iam/principal";
import type { IamSettings } from "../iam/settings";
import { hashSessionToken } from "../iam/signing-credentials";
import { type RoleHistoryEntry, roleDisplayName, roleHistoryEntrySchema, type SwitchRoleForm } from "./switch-role-form";

// The console's "Switch role": an IAM user's console session acting as a session of a role, through
// STS AssumeRole itself (lib/iam/assume-role.ts: the trust policy and the user's own policies, with the
// console session's MFA). The role session is the temporary credential AssumeRole stores; the browser
// holds only its id and its session token (a bearer secret, stored hashed), in an httpOnly cookie, and
// every request checks them against the database, the signed-in user and the console session.

/** What the console's IamError detail names a refused switch by: the page words every refusal alike, as AWS's does. */
export const SWITCH_REFUSED = "switchRoleRefused";

/** What the browser holds of its role session: the credential's id and session token, and how the navigation bar shows it. */
export const roleTicketSchema = z.object({
  id: z.string().regex(/^ASIA[A-Z0-9]{16}$/),
  token: z.string().min(1).max(128),
  view: roleHistoryEntrySchema,
});

export type RoleTicket = z.infer<typeof roleTicketSchema>;

export const encodeRoleTicket = (ticket: RoleTicket) => Buffer.from(JSON.stringify(ticket)).toString("base64url");

export function decodeRoleTicket(value: string | undefined): RoleTicket | null {
  if (!value || value.length > 2048) return null;
  try {
    const parsed = roleTicketSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString()));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Switches the signed-in IAM user `user` (with its console session's request facts) to the role the
 * form names, for one hour, as AWS's console does: the session is named after the user, the account
 * may be named by its alias, and any refusal (root user, no such role, a trust policy or identity
 * policy that does not allow it) is an AccessDenied the page words as AWS's does (SWITCH_REFUSED).
 * Records AssumeRole (through assumeRole) and the console's SwitchRole event.
 */
export async function switchRole(
  db: Db,
  input: { user: Principal; form: SwitchRoleForm; now: Date; context: RequestContext; settings: IamSettings },
): Promise<RoleTicket> {
  const { user, form, now, context } = input;
  // "You cannot switch roles if you sign in as the AWS account root user"; a role session switches as
  // the user it came from (the caller passes that user), never as the role.
  if (user.isRoot || user.roleSession || !user.userName) throw new IamError("AccessDenied", "Roles may not be assumed by root accounts.", SWITCH_REFUSED);
  const accountId = form.account === user.accountAlias ? user.accountId : form.account;
  const roleArn = `arn:aws:iam::${accountId}:role/${form.role}`;
  try {
    const assumed = await assumeRole(db, {
      actor: user,
      now,
      context,
      roleArn,
      roleSessionName: user.userName,
      durationSeconds: ASSUME_ROLE_DEFAULT_SECONDS,
      // The console session is the caller's session: its MFA (and the age of it) is the request's.
      callerSession: user.request?.session,
      settings: input.settings,
    });
    const view = { account: form.account, role: form.role, displayName: roleDisplayName(form), color: form.color ?? null };
    await recordCallerEvent(db, { actor: user, now, context }, "SwitchRole", null, {
      source: "signin",
      responseElements: { SwitchRole: "Success" },
      additionalEventData: { SwitchFrom: user.arn, SwitchTo: assumed.arn },
    });
    return { id: assumed.accessKeyId, token: assumed.sessionToken, view };
  } catch (error) {
    if (isIamError(error)) throw new IamError(error.code, error.message, SWITCH_REFUSED);
    throw error;
  }
}

export type ActiveRoleSession = {
  /** The role session: what every page and action of the console acts as. */
  principal: Principal;
  view: RoleHistoryEntry;
  expiresAt: Date;
};

/**
 * The role session a ticket names, when it is still good for this console session: issued by a switch
 * of this user (the same ARN) since this console session began, not expired nor ended ("Back to"),
 * and holding its session token. Null otherwise; the console then acts as the user.
 */
export async function findRoleSession(
  db: DbOrTx,
  input: { ticket: RoleTicket; user: Principal; sessionStartedAt: Date; now: Date },
): Promise<ActiveRoleSession | null> {
  const { ticket, user, now } = input;
  if (user.isRoot || user.roleSession) return null;
  const row = await db.temporaryCredential.findFirst({
    where: { id: ticket.id, accountId: user.accountId, sourcePrincipalArn: user.arn, roleId: { not: null }, expiresAt: { gt: now }, createdAt: { gte: input.sessionStartedAt } },
    select: {
      sessionTokenHash: true,
      roleSessionName: true,
      createdAt: true,
      expiresAt: true,
      mfaAuthenticatedAt: true,
      role: { select: PRINCIPAL_ROLE_FIELDS },
      account: { select: PRINCIPAL_ACCOUNT_FIELDS },
    },
  });
  if (!row?.role || !row.roleSessionName) return null;
  const expected = Buffer.from(row.sessionTokenHash);
  const given = Buffer.from(hashSessionToken(ticket.token));
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const principal = roleSessionPrincipal(row.account, row.role, row.roleSessionName);
  return {
    principal: user.request ? { ...principal, request: { ...user.request, session: { issuedAt: row.createdAt, mfaAuthenticatedAt: row.mfaAuthenticatedAt } } } : principal,
    view: ticket.view,
    expiresAt: row.expiresAt,
  };
}

/** Ends a role session ("Back to <user>", Sign out): its credential expires now, so a copy of the ticket is refused from then on. */
export async function endRoleSession(db: DbOrTx, input: { ticket: RoleTicket; user: Principal; now: Date }): Promise<void> {
  await db.temporaryCredential.updateMany({
    where: { id: input.ticket.id, accountId: input.user.accountId, sourcePrincipalArn: input.user.arn, expiresAt: { gt: input.now } },
    data: { expiresAt: input.now },
  });
}
