import { describe, expect, it } from "vitest";
import { awsManagedPolicyId, newGroupId, newPolicyId } from "./ids";

describe("ids of groups and policies", () => {
  it("have AWS's shapes: AGPA or ANPA and 17 base32 characters", () => {
    expect(newGroupId()).toMatch(/^AGPA[A-Z2-7]{17}$/);
    expect(newPolicyId()).toMatch(/^ANPA[A-Z2-7]{17}$/);
    expect(newPolicyId()).not.toBe(newPolicyId());
  });

  it("an AWS managed policy's id is derived from its ARN: the same everywhere, different between policies", () => {
    const admin = awsManagedPolicyId("arn:aws:iam::aws:policy/AdministratorAccess");
    expect(admin).toMatch(/^ANPA[A-Z2-7]{17}$/);
    expect(awsManagedPolicyId("arn:aws:iam::aws:policy/AdministratorAccess")).toBe(admin);
    expect(awsManagedPolicyId("arn:aws:iam::aws:policy/ReadOnlyAccess")).not.toBe(admin);
  });
});
