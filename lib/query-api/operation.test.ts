import { describe, expect, it } from "vitest";
import { operationTable } from "./operation";

describe("operationTable", () => {
  const ok = async () => null;
  it("assembles the areas' tables and refuses an action defined twice", () => {
    expect(Object.keys(operationTable({ A: ok }, { B: ok }))).toEqual(["A", "B"]);
    expect(() => operationTable({ A: ok }, { A: ok })).toThrow("A is defined by two operation tables");
  });
});
