import { checkConsecutiveCodes } from "../../lib/mfa/consecutive-codes";
import { codeAtStep, generateSeed, timeStepAt, verifyTotp } from "../../lib/mfa/totp";
import { round } from "../load";

export type TotpFigures = {
  /** Microseconds per call, the median of several batches. */
  verifyTotp: number;
  /** A wrong code: every step of the window is tried. */
  verifyTotpWrongCode: number;
  checkConsecutiveCodes: number;
};

/** Mean microseconds per call of `fn`: the median of `batches` batches, after a warm-up batch. */
function microseconds(fn: () => unknown, batches = 7, perBatch = 2000): number {
  for (let i = 0; i < perBatch; i++) fn();
  const means: number[] = [];
  for (let batch = 0; batch < batches; batch++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < perBatch; i++) fn();
    means.push(Number(process.hrtime.bigint() - started) / 1000 / perBatch);
  }
  return round(means.sort((a, b) => a - b)[Math.floor(batches / 2)], 1);
}

/**
 * lib/mfa in-process, as the server calls it: a sign-in code (verifyTotp, one step of drift either way,
 * after the device's last step) and EnableMFADevice's two consecutive codes.
 */
export function benchTotp(): TotpFigures {
  const seed = generateSeed();
  const now = new Date();
  const step = timeStepAt(now);
  const code = codeAtStep(seed, step);
  const previous = codeAtStep(seed, step - 1);
  const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
  if (!verifyTotp({ seed, code, now, afterStep: step - 5 }).ok) throw new Error("verifyTotp refused a valid code");
  if (!checkConsecutiveCodes({ seed, code1: previous, code2: code, now }).ok) throw new Error("checkConsecutiveCodes refused valid codes");
  return {
    verifyTotp: microseconds(() => verifyTotp({ seed, code, now, afterStep: step - 5 })),
    verifyTotpWrongCode: microseconds(() => verifyTotp({ seed, code: wrong, now, afterStep: step - 5 })),
    checkConsecutiveCodes: microseconds(() => checkConsecutiveCodes({ seed, code1: previous, code2: code, now })),
  };
}
