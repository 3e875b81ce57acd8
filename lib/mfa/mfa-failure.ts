/**
 * Why a second factor was refused: the one shape from the check (lib/iam/accept-mfa-code.ts) through
 * the sign-in (lib/auth/mfa-sign-in.ts) and next-auth's error to the form. A new kind of factor (a
 * passkey) adds its own reasons here, and every door then has to say what it shows for them.
 */
export type MfaFailure =
  | {
      ok: false;
      /**
       * malformed: not a code at all (the format is checked once, where the code enters next-auth);
       * expired: the sign-in challenge is gone; no-device: nothing assigned to check it against;
       * invalid: a wrong, reused or replayed code.
       */
      reason: "malformed" | "expired" | "no-device" | "invalid";
      /** invalid only: the code was right, but its time step was accepted already (wait for the next code). */
      codeUsed?: boolean;
    }
  /**
   * Backing off after repeated failures (`locked` from the tenth): no code is checked until `retryAt`,
   * `retryInSeconds` from the account's "now" (which may be a controlled clock's, not the real time).
   */
  | { ok: false; reason: "wait" | "locked"; retryAt: Date; retryInSeconds: number };

export function waitFailure(reason: "wait" | "locked", retryAt: Date, now: Date): Extract<MfaFailure, { retryAt: Date }> {
  return { ok: false, reason, retryAt, retryInSeconds: Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000)) };
}
