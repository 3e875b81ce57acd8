import { describe, expect, it } from "vitest";
import { IAM, STS, satisfies } from "./constraints";

describe("AWS's constraints", () => {
  it("compile every pattern of the model, anchored", () => {
    for (const constraint of [...Object.values(IAM), ...Object.values(STS)]) {
      expect(constraint.regex, constraint.pattern).toBeInstanceOf(RegExp);
    }
    expect(satisfies(IAM.userName, "ok name")).toBe(false);
    expect(satisfies(IAM.userName, "Bob.smith+dev=1,a@b_c-d")).toBe(true);
  });

  it("take paths as AWS does: /a//b/ yes, no trailing slash or DEL no", () => {
    expect(satisfies(IAM.path, "/")).toBe(true);
    expect(satisfies(IAM.path, "/test//double/")).toBe(true);
    expect(satisfies(IAM.path, "/division")).toBe(false);
    expect(satisfies(IAM.path, "/a\u007f/")).toBe(false);
    expect(satisfies(IAM.pathPrefix, "/div")).toBe(true);
  });

  it("refuse control characters in tags, and take letters of any script and spaces", () => {
    expect(satisfies(IAM.tagValue, "")).toBe(true);
    expect(satisfies(IAM.tagValue, "팀 A_1:2/3=4+5-6@7.8")).toBe(true);
    for (const bad of ["a\u0001", "tab\there", "line\nbreak", "<b>"]) expect(satisfies(IAM.tagValue, bad), JSON.stringify(bad)).toBe(false);
    expect(satisfies(IAM.tagKey, "")).toBe(false);
    expect(satisfies(IAM.tagKey, "k".repeat(129))).toBe(false);
  });

  it("take aliases without a double hyphen or a hyphen at either end", () => {
    expect(satisfies(IAM.accountAlias, "my-class-2021")).toBe(true);
    for (const bad of ["ab", "-abc", "abc-", "a--b", "ABC"]) expect(satisfies(IAM.accountAlias, bad), bad).toBe(false);
  });
});
