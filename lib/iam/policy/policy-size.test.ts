import { describe, expect, it } from "vitest";
import { SELF_MANAGE_CREDENTIALS_WITH_MFA } from "./aws-example-policies";
import { inlinePolicySizeError, managedPolicySizeError, policySize, trustPolicySizeError } from "./policy-size";

// "IAM and AWS STS quotas" (IAM User Guide): 6,144 characters for a managed policy, 2,048 / 5,120 /
// 10,240 for a user's, group's, role's inline policies together, 2,048 for a trust policy; white space
// is not counted.

/** A document of exactly `size` counted characters, padded with white space that does not count. */
const documentOfSize = (size: number) => {
  const shell = '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::"}}';
  const name = "b".repeat(size - shell.length);
  return shell.replace(":::", `:::${name}`).replace("{", "{\n    ").replaceAll(",", ", ");
};

describe("policy size quotas", () => {
  it("counts every character but spaces, tabs and line breaks", () => {
    expect(policySize('{ "a" :\t"b c"\r\n}')).toBe(10);
    expect(policySize(SELF_MANAGE_CREDENTIALS_WITH_MFA)).toBeLessThan(SELF_MANAGE_CREDENTIALS_WITH_MFA.length);
    expect(policySize(documentOfSize(6144))).toBe(6144);
  });

  it("refuses a managed policy one character over 6,144 with AWS's LimitExceeded message", () => {
    expect(managedPolicySizeError(documentOfSize(6144))).toBeNull();
    expect(managedPolicySizeError(documentOfSize(6145))).toEqual({ code: "LimitExceeded", message: "Cannot exceed quota for PolicySize: 6144" });
  });

  it("refuses a trust policy over the account's quota, 2,048 unless raised", () => {
    expect(trustPolicySizeError(documentOfSize(2048))).toBeNull();
    expect(trustPolicySizeError(documentOfSize(2049))).toEqual({ code: "LimitExceeded", message: "Cannot exceed quota for ACLSizePerRole: 2048" });
    expect(trustPolicySizeError(documentOfSize(2049), 4096)).toBeNull();
  });

  it("adds up an owner's inline policies against the user, group and role quotas", () => {
    const half = documentOfSize(1024);
    expect(inlinePolicySizeError("user", "Bob", [half, half])).toBeNull();
    expect(inlinePolicySizeError("user", "Bob", [half, half, "{}"])).toEqual({
      code: "LimitExceeded",
      message: "Maximum policy size of 2048 bytes exceeded for user Bob",
    });
    expect(inlinePolicySizeError("group", "Admins", [documentOfSize(5121)])?.message).toBe("Maximum policy size of 5120 bytes exceeded for group Admins");
    expect(inlinePolicySizeError("role", "Deploy", [documentOfSize(10240)])).toBeNull();
    expect(inlinePolicySizeError("role", "Deploy", [documentOfSize(10241)])?.message).toBe("Maximum policy size of 10240 bytes exceeded for role Deploy");
  });
});
