import { describe, expect, it } from "vitest";
import { awsManagedPolicies, awsManagedPolicy, awsManagedPolicyPath } from "./aws-managed-policies";

describe("AWS managed policies", () => {
  it("holds AWS's documents, by exact ARN", () => {
    const admin = awsManagedPolicy("arn:aws:iam::aws:policy/AdministratorAccess");
    expect(admin?.name).toBe("AdministratorAccess");
    expect(JSON.parse(admin!.document)).toEqual({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] });
    expect(awsManagedPolicy("arn:aws:iam::aws:policy/administratoraccess")).toBeUndefined();
    expect(awsManagedPolicy("arn:aws:iam::aws:policy/IAMUserChangePassword")?.document).toContain("iam:ChangePassword");
    expect(awsManagedPolicies().length).toBeGreaterThan(1000);
  });

  it("reads the path from the ARN", () => {
    expect(awsManagedPolicyPath("arn:aws:iam::aws:policy/AdministratorAccess")).toBe("/");
    expect(awsManagedPolicyPath("arn:aws:iam::aws:policy/service-role/AWSLambdaRole")).toBe("/service-role/");
    expect(awsManagedPolicyPath("arn:aws:iam::aws:policy/job-function/ViewOnlyAccess")).toBe("/job-function/");
  });
});
