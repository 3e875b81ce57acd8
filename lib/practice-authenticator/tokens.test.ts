import { describe, expect, it } from "vitest";
import { fobTime, loadTokenSet, parseTokenSet, saveTokenSet, tokenCodeAt } from "./tokens";

const token = { serialNumber: "GAKT00000042", assignedTo: null, firstStep: 100, codes: "111111222222333333" };
const atStep = (step: number, secondsInto = 0) => (step * 30 + secondsInto) * 1000;

describe("a practice token's key fob", () => {
  it("shows the code of the step the clock is in", () => {
    expect(tokenCodeAt(token, atStep(100))).toBe("111111");
    expect(tokenCodeAt(token, atStep(101, 29))).toBe("222222");
    expect(tokenCodeAt(token, atStep(102))).toBe("333333");
  });

  it("follows the account's clock when it runs ahead of the real time", () => {
    expect(tokenCodeAt(token, fobTime({ clockOffsetSeconds: 60 }, atStep(100)))).toBe("333333");
    expect(tokenCodeAt(token, fobTime({}, atStep(100)))).toBe("111111");
  });

  it("shows nothing before its codes or after they ran out", () => {
    expect(tokenCodeAt(token, atStep(99))).toBeNull();
    expect(tokenCodeAt(token, atStep(103))).toBeNull();
  });

  it("keeps only well-formed token sets", () => {
    const set = { accountId: "111122223333", until: "2026-11-30T00:00:00.000Z", tokens: [token] };
    const storage = new Map<string, string>();
    saveTokenSet({ setItem: (k, v) => storage.set(k, v) }, set);
    expect(loadTokenSet({ getItem: (k) => storage.get(k) ?? null })).toEqual(set);
    expect(parseTokenSet({ ...set, tokens: [{ ...token, codes: "12345" }] })).toBeNull();
    expect(parseTokenSet({ tokens: [] })).toBeNull();
    expect(parseTokenSet({ ...set, clockOffsetSeconds: "60" })).toBeNull();
    expect(loadTokenSet({ getItem: () => "{not json" })).toBeNull();
  });
});
