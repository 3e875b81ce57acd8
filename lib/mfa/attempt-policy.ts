// Failed MFA codes are counted per device, in the database, so the limits hold across sessions,
// browsers and server instances. From the fifth consecutive failure each further try must wait
// twice as long as the last (1 s, 2 s, 4 s, …); the tenth locks the device for fifteen minutes.
// A correct code or a resync clears the count.

export const MFA_BACKOFF_FROM_FAILURE = 5;
export const MFA_LOCKOUT_AFTER_FAILURES = 10;
export const MFA_LOCKOUT_MS = 15 * 60 * 1000;
const FIRST_BACKOFF_MS = 1000;

/** When the device accepts codes again after its `failures`-th consecutive failure; null: at once. */
export function lockedUntilAfterFailure(failures: number, now: Date): Date | null {
  if (failures >= MFA_LOCKOUT_AFTER_FAILURES) return new Date(now.getTime() + MFA_LOCKOUT_MS);
  if (failures < MFA_BACKOFF_FROM_FAILURE) return null;
  return new Date(now.getTime() + FIRST_BACKOFF_MS * 2 ** (failures - MFA_BACKOFF_FROM_FAILURE));
}

export function isLockedOut(failures: number): boolean {
  return failures >= MFA_LOCKOUT_AFTER_FAILURES;
}
