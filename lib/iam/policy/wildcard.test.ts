import { describe, expect, it } from "vitest";
import { SOURCES } from "./aws-example-policies";
import { compilePatterns, type MatchOptions } from "./wildcard";

const resourceArn: MatchOptions = { reading: "resourceArn", wildcards: true, ignoreCase: false, variables: true };
const matches = (pattern: string, resource: string, keys: Record<string, string> = {}) =>
  compilePatterns([pattern], resourceArn)(resource, (key) => (key in keys ? [keys[key]] : undefined));

describe(`Resource ARN wildcards (${SOURCES.resource})`, () => {
  it("match within a segment, and a * that ends a segment reaches beyond it", () => {
    expect(matches("arn:aws:iam::*:user/*", "arn:aws:iam::123456789012:user/division/Bob")).toBe(true);
    expect(matches("arn:aws:iam::123456789012:user/accounting/*", "arn:aws:iam::123456789012:user/accounting/Bob")).toBe(true);
    expect(matches("arn:aws:iam::123456789012:user/accounting/*", "arn:aws:iam::123456789012:user/sales/Bob")).toBe(false);
    expect(matches("arn:aws:iam::*", "arn:aws:iam::123456789012:user/Bob")).toBe(true);
    expect(matches("*", "arn:aws:iam::123456789012:user/Bob")).toBe(true);
    expect(matches("*", "*")).toBe(true);
  });

  it("do not cross a colon from inside a segment", () => {
    expect(matches("arn:aws:s3:*1:*:bucket", "arn:aws:s3:us-east-1:123:bucket")).toBe(true);
    expect(matches("arn:aws:s3:*1:*:bucket", "arn:aws:s3:eu:1:x:bucket")).toBe(false);
    expect(matches("arn:aws:iam::1?3:root", "arn:aws:iam::1:3:root")).toBe(false);
    expect(matches("arn:aws:iam::1?3:root", "arn:aws:iam::123:root")).toBe(true);
  });

  it('match anything, "/" and ":" included, in the resource part', () => {
    expect(matches("arn:aws:logs:us-east-1:123:log-group:*", "arn:aws:logs:us-east-1:123:log-group:app:log-stream:x")).toBe(true);
    expect(matches("arn:aws:s3:::bucket/*/test/*", "arn:aws:s3:::bucket/a/b/test/c")).toBe(true);
  });

  it("are case-sensitive, and an ARN that names no resource is not \"*\"", () => {
    expect(matches("arn:aws:iam::*:user/Bob", "arn:aws:iam::1:user/bob")).toBe(false);
    expect(matches("arn:aws:iam::*:user/*", "*")).toBe(false);
  });

  it("take variables in the resource part, as text", () => {
    expect(matches("arn:aws:iam::*:user/${aws:username}", "arn:aws:iam::1:user/Bob", { "aws:username": "Bob" })).toBe(true);
    expect(matches("arn:aws:iam::*:user/${aws:username}", "arn:aws:iam::1:user/Bob", { "aws:username": "B*" })).toBe(false);
    expect(matches("arn:aws:iam::*:user/${aws:username}", "arn:aws:iam::1:user/Bob")).toBe(false);
    expect(matches("arn:aws:iam::*:user/*/${aws:username}", "arn:aws:iam::1:user/a/b/Bob", { "aws:username": "Bob" })).toBe(true);
  });

  it("keep matching as a principal's variables change (one expression per set of values)", () => {
    const matcher = compilePatterns(["arn:aws:iam::*:user/${aws:username}"], resourceArn);
    for (let i = 0; i < 300; i++) {
      const name = `user${i}`;
      expect(matcher(`arn:aws:iam::1:user/${name}`, () => [name])).toBe(true);
      expect(matcher("arn:aws:iam::1:user/someone-else", () => [name])).toBe(false);
    }
  });
});

describe("Action wildcards", () => {
  const action = (pattern: string, value: string) => compilePatterns([pattern], { reading: "plain", wildcards: true, ignoreCase: true, variables: false })(value, () => undefined);
  it("are case-insensitive and cross everything", () => {
    expect(action("iam:*AccessKey*", "iam:CreateAccessKey")).toBe(true);
    expect(action("iam:Get*", "IAM:getuser")).toBe(true);
    expect(action("iam:?etUser", "iam:GetUser")).toBe(true);
    expect(action("iam:Get*", "iam:ListUsers")).toBe(false);
    expect(action("*", "sts:GetCallerIdentity")).toBe(true);
  });
});
