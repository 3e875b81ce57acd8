import { isMfaCode } from "./code-format";
import { isCodeForStep, timeStepAt } from "./totp";

/** Assignment: s+1 is the current step or the one before. */
export const ENABLE_WINDOW = { behind: 1, ahead: 0 } as const;
/** Resync: a device up to five minutes off either way can be brought back. */
export const RESYNC_WINDOW = { behind: 10, ahead: 10 } as const;

export type ConsecutiveCodesCheck =
  | { ok: true; /** The step of code 2: the device's new last accepted step. */ lastStep: number }
  | { ok: false; reason: "malformed" | "identical" | "not-consecutive" | "reused" };

/** The answer for a device that makes no codes (a passkey or security key). */
export const NO_CODES: ConsecutiveCodesCheck = { ok: false, reason: "not-consecutive" };

/**
 * AWS's "two consecutive codes": code 1 from step s and code 2 from step s+1, where s+1 is the
 * current step or one before it (AWS accepts the previous and the current code), so a learner may
 * type a code, wait for the next and type it, and a test may compute both at once.
 *
 * `window` widens where s+1 may lie around now, for resynchronising a device whose clock drifted.
 * `afterStep` is the device's last accepted step: codes at or before it were used already.
 */
export function checkConsecutiveCodes(input: {
  seed: string;
  code1: string;
  code2: string;
  now: Date;
  window?: { behind: number; ahead: number };
  afterStep?: number | null;
}): ConsecutiveCodesCheck {
  const { seed, code1, code2 } = input;
  if (!isMfaCode(code1) || !isMfaCode(code2)) return { ok: false, reason: "malformed" };
  if (code1 === code2) return { ok: false, reason: "identical" };
  const current = timeStepAt(input.now);
  const { behind, ahead } = input.window ?? ENABLE_WINDOW;
  for (let secondStep = current + ahead; secondStep >= current - behind; secondStep--) {
    if (isCodeForStep(seed, code2, secondStep) && isCodeForStep(seed, code1, secondStep - 1)) {
      if (input.afterStep != null && secondStep - 1 <= input.afterStep) return { ok: false, reason: "reused" };
      return { ok: true, lastStep: secondStep };
    }
  }
  return { ok: false, reason: "not-consecutive" };
}
