import { describe, expect, it } from "vitest";
import { SOURCES } from "./aws-example-policies";
import { compileCondition } from "./condition-operators";

// Every operator of "IAM JSON policy elements: Condition operators" and the set operators of
// "Single-valued vs. multivalued context keys", on their edge cases.

type Keys = Record<string, string | string[]>;
const holds = (operator: string, key: string, values: string[], keys: Keys, variables = true) => {
  const lookup = (name: string) => {
    const found = Object.entries(keys).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
    return found === undefined ? undefined : Array.isArray(found) ? found : [found];
  };
  return compileCondition({ operator, key, values }, variables)(lookup);
};

describe(`string operators (${SOURCES.conditionOperators})`, () => {
  it("StringEquals is exact and case-sensitive; several policy values are ORed", () => {
    expect(holds("StringEquals", "k", ["a", "b"], { k: "b" })).toBe(true);
    expect(holds("StringEquals", "k", ["a"], { k: "A" })).toBe(false);
    expect(holds("StringEquals", "k", ["a*"], { k: "abc" })).toBe(false);
    expect(holds("StringEquals", "k", ["a*"], { k: "a*" })).toBe(true);
  });

  it("StringNotEquals holds when the value matches none of the policy's values", () => {
    expect(holds("StringNotEquals", "k", ["audit", "security"], { k: "dev" })).toBe(true);
    expect(holds("StringNotEquals", "k", ["audit", "security"], { k: "security" })).toBe(false);
  });

  it("IgnoreCase compares without case", () => {
    expect(holds("StringEqualsIgnoreCase", "k", ["Admin"], { k: "ADMIN" })).toBe(true);
    expect(holds("StringNotEqualsIgnoreCase", "k", ["Admin"], { k: "admin" })).toBe(false);
  });

  it("StringLike takes * and ? anywhere, case-sensitively", () => {
    expect(holds("StringLike", "k", ["home/*/x?"], { k: "home/a/b/x1" })).toBe(true);
    expect(holds("StringLike", "k", ["home/*"], { k: "Home/a" })).toBe(false);
    expect(holds("StringLike", "k", ["x?"], { k: "x" })).toBe(false);
    expect(holds("StringNotLike", "k", ["t2.*"], { k: "m5.large" })).toBe(true);
  });

  it("a missing key: false, but true for a negated operator", () => {
    expect(holds("StringEquals", "k", ["a"], {})).toBe(false);
    expect(holds("StringNotEquals", "k", ["a"], {})).toBe(true);
    expect(holds("StringNotLike", "k", ["a"], {})).toBe(true);
    expect(holds("ArnNotLike", "k", ["arn:aws:iam::*:role/*"], {})).toBe(true);
  });

  it("policy variables in values, and a variable whose key is missing matches nothing", () => {
    expect(holds("StringEquals", "s3:prefix", ["home/${aws:username}"], { "s3:prefix": "home/Bob", "aws:username": "Bob" })).toBe(true);
    expect(holds("StringEquals", "s3:prefix", ["home/${aws:username}"], { "s3:prefix": "home/" })).toBe(false);
    expect(holds("StringNotEquals", "s3:prefix", ["home/${aws:username}"], { "s3:prefix": "home/" })).toBe(true);
    expect(holds("StringLike", "k", ["${aws:username}-*"], { k: "Bob-1", "aws:username": "Bob" })).toBe(true);
    // A variable's value is text: a "*" in it is no wildcard.
    expect(holds("StringLike", "k", ["${x}"], { k: "anything", x: "*" })).toBe(false);
    // In a 2008-10-17 policy "${...}" is text.
    expect(holds("StringEquals", "k", ["${x}"], { k: "${x}", x: "v" }, false)).toBe(true);
  });
});

describe("numeric operators", () => {
  it.each([
    ["NumericEquals", "10", true],
    ["NumericNotEquals", "10", false],
    ["NumericLessThan", "11", true],
    ["NumericLessThan", "10", false],
    ["NumericLessThanEquals", "10", true],
    ["NumericGreaterThan", "9.5", true],
    ["NumericGreaterThanEquals", "10", true],
    ["NumericGreaterThanEquals", "1e2", false],
  ])("%s %s against 10: %s", (operator, policyValue, expected) => {
    expect(holds(operator, "s3:max-keys", [policyValue], { "s3:max-keys": "10" })).toBe(expected);
  });

  it("a value that is not a number matches nothing", () => {
    expect(holds("NumericEquals", "k", ["ten"], { k: "10" })).toBe(false);
    expect(holds("NumericEquals", "k", ["10"], { k: "ten" })).toBe(false);
    expect(holds("NumericNotEquals", "k", ["10"], { k: "ten" })).toBe(true);
  });
});

describe("date operators", () => {
  const now = { "aws:CurrentTime": "2026-03-01T10:00:00Z", "aws:EpochTime": "1772359200" };
  it("compare ISO 8601 and epoch values, in either place", () => {
    expect(holds("DateGreaterThan", "aws:CurrentTime", ["2026-03-01T09:59:59Z"], now)).toBe(true);
    expect(holds("DateLessThan", "aws:CurrentTime", ["2026-03-01"], now)).toBe(false);
    expect(holds("DateEquals", "aws:CurrentTime", ["1772359200"], now)).toBe(true);
    expect(holds("DateNotEquals", "aws:EpochTime", ["2026-03-01T10:00:00Z"], now)).toBe(false);
    expect(holds("DateLessThanEquals", "aws:EpochTime", ["2026-03-01T10:00:00Z"], now)).toBe(true);
    expect(holds("DateGreaterThanEquals", "aws:CurrentTime", ["2026-03-01T10:00:01Z"], now)).toBe(false);
  });
});

describe("Bool, BinaryEquals, IpAddress", () => {
  it("Bool compares true and false without case", () => {
    expect(holds("Bool", "aws:SecureTransport", ["true"], { "aws:SecureTransport": "true" })).toBe(true);
    expect(holds("Bool", "aws:SecureTransport", ["True"], { "aws:SecureTransport": "false" })).toBe(false);
    expect(holds("Bool", "aws:MultiFactorAuthPresent", ["false"], {})).toBe(false);
    expect(holds("BoolIfExists", "aws:MultiFactorAuthPresent", ["false"], {})).toBe(true);
    expect(holds("BoolIfExists", "aws:MultiFactorAuthPresent", ["false"], { "aws:MultiFactorAuthPresent": "true" })).toBe(false);
  });

  it("BinaryEquals compares the bytes of base64 values", () => {
    expect(holds("BinaryEquals", "k", ["QmluYXJ5VmFsdWVJbkJhc2U2NA=="], { k: "QmluYXJ5VmFsdWVJbkJhc2U2NA==" })).toBe(true);
    expect(holds("BinaryEquals", "k", ["QmluYXJ5VmFsdWVJbkJhc2U2NA=="], { k: "QmluYXJ5" })).toBe(false);
  });

  it("IpAddress takes IPv4 and IPv6 ranges and lone addresses", () => {
    expect(holds("IpAddress", "aws:SourceIp", ["203.0.113.0/24"], { "aws:SourceIp": "203.0.113.200" })).toBe(true);
    expect(holds("IpAddress", "aws:SourceIp", ["203.0.113.0/24"], { "aws:SourceIp": "203.0.114.1" })).toBe(false);
    expect(holds("IpAddress", "aws:SourceIp", ["203.0.113.5"], { "aws:SourceIp": "203.0.113.5" })).toBe(true);
    expect(holds("IpAddress", "aws:SourceIp", ["2001:DB8:1234:5678::/64"], { "aws:SourceIp": "2001:db8:1234:5678:abcd::1" })).toBe(true);
    expect(holds("IpAddress", "aws:SourceIp", ["2001:DB8:1234:5678::/64"], { "aws:SourceIp": "2001:db8:1234:5679::1" })).toBe(false);
    expect(holds("NotIpAddress", "aws:SourceIp", ["192.0.2.0/24", "203.0.113.0/24"], { "aws:SourceIp": "198.51.100.1" })).toBe(true);
    expect(holds("NotIpAddress", "aws:SourceIp", ["192.0.2.0/24"], { "aws:SourceIp": "192.0.2.9" })).toBe(false);
    expect(holds("IpAddress", "aws:SourceIp", ["not-a-range"], { "aws:SourceIp": "192.0.2.9" })).toBe(false);
  });
});

describe("ARN operators", () => {
  it("ArnLike and ArnEquals match each of the six components on its own", () => {
    const role = { "aws:PrincipalArn": "arn:aws:iam::123456789012:role/path/Admin" };
    expect(holds("ArnLike", "aws:PrincipalArn", ["arn:aws:iam::*:role/*"], role)).toBe(true);
    expect(holds("ArnEquals", "aws:PrincipalArn", ["arn:aws:iam::123456789012:role/path/Admin"], role)).toBe(true);
    expect(holds("ArnLike", "aws:PrincipalArn", ["arn:aws:iam::*"], role)).toBe(false);
    expect(holds("ArnLike", "aws:PrincipalArn", ["arn:aws:iam:*:123456789012:role/*"], role)).toBe(true);
    expect(holds("ArnNotEquals", "aws:PrincipalArn", ["arn:aws:iam::123456789012:role/Other"], role)).toBe(true);
    expect(holds("ArnLike", "aws:SourceArn", ["arn:aws:sns:*:123456789012:topic?"], { "aws:SourceArn": "arn:aws:sns:us-east-1:123456789012:topic1" })).toBe(true);
  });
});

describe(`set operators and IfExists (${SOURCES.multivaluedKeys})`, () => {
  const tags = (...keys: string[]) => ({ "aws:TagKeys": keys });
  it("ForAllValues: every request value matches; true on an empty set or a missing key", () => {
    expect(holds("ForAllValues:StringEquals", "aws:TagKeys", ["a", "b"], tags("a", "b"))).toBe(true);
    expect(holds("ForAllValues:StringEquals", "aws:TagKeys", ["a", "b"], tags("a", "c"))).toBe(false);
    expect(holds("ForAllValues:StringEquals", "aws:TagKeys", ["a"], tags())).toBe(true);
    expect(holds("ForAllValues:StringEquals", "aws:TagKeys", ["a"], {})).toBe(true);
  });

  it("ForAnyValue: some request value matches; false on an empty set or a missing key", () => {
    expect(holds("ForAnyValue:StringLike", "aws:TagKeys", ["sec*"], tags("a", "secret"))).toBe(true);
    expect(holds("ForAnyValue:StringLike", "aws:TagKeys", ["sec*"], tags("a"))).toBe(false);
    expect(holds("ForAnyValue:StringLike", "aws:TagKeys", ["sec*"], tags())).toBe(false);
    expect(holds("ForAnyValue:StringLike", "aws:TagKeys", ["sec*"], {})).toBe(false);
    expect(holds("ForAnyValue:StringLikeIfExists", "aws:TagKeys", ["sec*"], {})).toBe(true);
  });

  it("negated operators under a set operator test each request value", () => {
    expect(holds("ForAllValues:StringNotEquals", "aws:TagKeys", ["secret"], tags("a", "b"))).toBe(true);
    expect(holds("ForAllValues:StringNotEquals", "aws:TagKeys", ["secret"], tags("a", "secret"))).toBe(false);
    expect(holds("ForAnyValue:StringNotEquals", "aws:TagKeys", ["secret"], tags("a", "secret"))).toBe(true);
    expect(holds("ForAnyValue:StringNotEquals", "aws:TagKeys", ["secret"], tags("secret"))).toBe(false);
  });

  it("IfExists: true without the key, the operator's answer with it", () => {
    expect(holds("StringEqualsIfExists", "ec2:InstanceType", ["t2.micro"], {})).toBe(true);
    expect(holds("StringEqualsIfExists", "ec2:InstanceType", ["t2.micro"], { "ec2:InstanceType": "m5.large" })).toBe(false);
    expect(holds("NumericLessThanIfExists", "aws:MultiFactorAuthAge", ["3600"], {})).toBe(true);
  });

  it("without a set operator, a multivalued key matches when any of its values does", () => {
    expect(holds("StringEquals", "aws:TagKeys", ["b"], tags("a", "b"))).toBe(true);
    expect(holds("StringNotEquals", "aws:TagKeys", ["b"], tags("a", "b"))).toBe(false);
  });
});

describe("Null", () => {
  it('"true" holds when the key is absent, "false" when it is present', () => {
    expect(holds("Null", "aws:TokenIssueTime", ["true"], {})).toBe(true);
    expect(holds("Null", "aws:TokenIssueTime", ["true"], { "aws:TokenIssueTime": "2026-03-01T10:00:00Z" })).toBe(false);
    expect(holds("Null", "aws:TokenIssueTime", ["false"], { "aws:TokenIssueTime": "2026-03-01T10:00:00Z" })).toBe(true);
    expect(holds("Null", "aws:TagKeys", ["true"], { "aws:TagKeys": [] })).toBe(true);
  });
});

describe("condition keys", () => {
  it("are case-insensitive", () => {
    expect(holds("StringEquals", "AWS:UserName", ["Bob"], { "aws:username": "Bob" })).toBe(true);
  });
});
