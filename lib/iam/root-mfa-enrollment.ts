import type { DbOrTx } from "../db/types";

// AWS's rule since May 2024, in the current console: a root user without MFA is asked at sign-in to
// register a device, and may postpone it for at most 35 days; after that, the console is closed to the
// root user until a device is registered. The days count from the first time the root user was asked.

export const ROOT_MFA_POSTPONE_DAYS = 35;
const DAY_MS = 24 * 60 * 60 * 1000;

export type RootMfaEnrollment = {
  /** Until when the prompt may be skipped. */
  deadline: Date;
  /** The 35 days have passed: register a device before anything else. */
  required: boolean;
  daysLeft: number;
};

/** Where a root user without MFA stands: `promptedAt` is the first prompt (null: this one is the first). */
export function rootMfaEnrollment(promptedAt: Date | null, now: Date): RootMfaEnrollment {
  const deadline = new Date((promptedAt ?? now).getTime() + ROOT_MFA_POSTPONE_DAYS * DAY_MS);
  const left = deadline.getTime() - now.getTime();
  return { deadline, required: left <= 0, daysLeft: Math.max(0, Math.ceil(left / DAY_MS)) };
}

/** Records the first prompt, once: later prompts keep the first date, so postponing never extends the 35 days. */
export async function noteRootMfaPrompt(db: DbOrTx, accountId: string, now: Date): Promise<void> {
  await db.account.updateMany({ where: { id: accountId, rootMfaPromptedAt: null }, data: { rootMfaPromptedAt: now } });
}

/** When the account's root user was first asked to register MFA; null if never. */
export async function rootMfaPromptedAt(db: DbOrTx, accountId: string): Promise<Date | null> {
  return (await db.account.findUnique({ where: { id: accountId }, select: { rootMfaPromptedAt: true } }))?.rootMfaPromptedAt ?? null;
}
