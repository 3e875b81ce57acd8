import { describe, expect, it } from "vitest";
import { IAM, STS, type StringConstraint, satisfies } from "./constraints";

describe("AWS's constraints", () => {
  it("compile every pattern of the model, anchored", () => {
    const patterned: StringConstraint[] = [...Object.values(IAM), ...Object.values(STS)].filter((constraint) => constraint.pattern !== undefined);
    for (const constraint of patterned) {
      expect(constraint.regex, constraint.pattern).toBeInstanceOf(RegExp);
    }
    // The model gives arnType and policyDescriptionType lengths only.
    expect(IAM.arn.regex).toBeUndefined();
    expect(satisfies(IAM.policyPath, "/team/")).toBe(true);
    expect(satisfies(IAM.policyPath, "/team")).toBe(false);
    expect(satisfies(IAM.policyVersionId, "v12")).toBe(true);
    expect(satisfies(IAM.policyVersionId, "v0")).toBe(false);
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
