import { describe, expect, it } from "vitest";
import { checkConsecutiveCodes, RESYNC_WINDOW } from "./consecutive-codes";
import { codeAtStep, generateSeed, TOTP_STEP_SECONDS } from "./totp";

const seed = generateSeed();
const STEP = 53_806_000;
const at = (step: number, secondsInto = 0) => new Date((step * TOTP_STEP_SECONDS + secondsInto) * 1000);
const codes = (first: number) => ({ code1: codeAtStep(seed, first), code2: codeAtStep(seed, first + 1) });

describe("checkConsecutiveCodes", () => {
  it("accepts the previous and the current code, at the first and the last second of a step", () => {
    for (const secondsInto of [0, 29]) {
      expect(checkConsecutiveCodes({ seed, ...codes(STEP - 1), now: at(STEP, secondsInto) })).toEqual({ ok: true, lastStep: STEP });
    }
  });

  it("accepts a learner who typed both codes and then waited into the next step", () => {
    expect(checkConsecutiveCodes({ seed, ...codes(STEP - 1), now: at(STEP + 1) })).toEqual({ ok: true, lastStep: STEP });
  });

  it("refuses pairs that end two steps ago or in the future", () => {
    expect(checkConsecutiveCodes({ seed, ...codes(STEP - 1), now: at(STEP + 2) })).toEqual({ ok: false, reason: "not-consecutive" });
    expect(checkConsecutiveCodes({ seed, ...codes(STEP), now: at(STEP) })).toEqual({ ok: false, reason: "not-consecutive" });
  });

  it("refuses codes in the wrong order, with a gap, or identical", () => {
    const { code1, code2 } = codes(STEP - 1);
    expect(checkConsecutiveCodes({ seed, code1: code2, code2: code1, now: at(STEP) }).ok).toBe(false);
    expect(checkConsecutiveCodes({ seed, code1: codeAtStep(seed, STEP - 2), code2, now: at(STEP) }).ok).toBe(false);
    expect(checkConsecutiveCodes({ seed, code1: code2, code2, now: at(STEP) })).toEqual({ ok: false, reason: "identical" });
  });

  it("refuses malformed codes before any check", () => {
    expect(checkConsecutiveCodes({ seed, code1: "12345", code2: "123456", now: at(STEP) })).toEqual({ ok: false, reason: "malformed" });
    expect(checkConsecutiveCodes({ seed, code1: "12345a", code2: "123456", now: at(STEP) })).toEqual({ ok: false, reason: "malformed" });
  });

  it("refuses codes already spent", () => {
    expect(checkConsecutiveCodes({ seed, ...codes(STEP - 1), now: at(STEP), afterStep: STEP })).toEqual({ ok: false, reason: "reused" });
    expect(checkConsecutiveCodes({ seed, ...codes(STEP - 1), now: at(STEP), afterStep: STEP - 2 }).ok).toBe(true);
  });

  it("resynchronises a device up to ten steps off in either direction", () => {
    expect(checkConsecutiveCodes({ seed, ...codes(STEP + 9), now: at(STEP), window: RESYNC_WINDOW })).toEqual({ ok: true, lastStep: STEP + 10 });
    expect(checkConsecutiveCodes({ seed, ...codes(STEP - 11), now: at(STEP), window: RESYNC_WINDOW })).toEqual({ ok: true, lastStep: STEP - 10 });
    expect(checkConsecutiveCodes({ seed, ...codes(STEP + 10), now: at(STEP), window: RESYNC_WINDOW }).ok).toBe(false);
  });
});
