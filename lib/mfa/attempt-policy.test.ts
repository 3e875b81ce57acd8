import { describe, expect, it } from "vitest";
import { isLockedOut, lockedUntilAfterFailure, MFA_LOCKOUT_MS } from "./attempt-policy";

const now = new Date("2021-01-20T02:19:36Z");
const waitMs = (failures: number) => {
  const until = lockedUntilAfterFailure(failures, now);
  return until ? until.getTime() - now.getTime() : 0;
};

describe("the MFA attempt policy", () => {
  it("lets the first four failures retry at once", () => {
    for (const failures of [1, 2, 3, 4]) expect(lockedUntilAfterFailure(failures, now)).toBeNull();
  });

  it("makes each try from the fifth failure wait twice as long as the one before", () => {
    expect([5, 6, 7, 8, 9].map(waitMs)).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  it("locks the device for fifteen minutes from the tenth failure", () => {
    expect(waitMs(10)).toBe(MFA_LOCKOUT_MS);
    expect(waitMs(14)).toBe(MFA_LOCKOUT_MS);
    expect(isLockedOut(9)).toBe(false);
    expect(isLockedOut(10)).toBe(true);
  });
});
