import { describe, expect, it } from "vitest";
import { accountTrustPolicy } from "./account-trust-policy";
import { parsePolicyDocument } from "./parse-policy-document";
import { summarizePolicy } from "./policy-summary";
import { trustConditionsOf, trustedEntitiesOf } from "./trusted-entities";

const parsed = (text: string, kind: "managed" | "trust") => {
  const result = parsePolicyDocument(text, kind);
  if (!result.ok) throw new Error(result.message);
  return result.policy;
};

describe("accountTrustPolicy", () => {
  it("writes the 2021 wizard's trust policy for another account, with no Condition when no option is chosen", () => {
    expect(JSON.parse(accountTrustPolicy({ accountId: "123456789012", requireMfa: false }))).toEqual({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::123456789012:root" }, Action: "sts:AssumeRole" }],
    });
  });

  it("adds StringEquals sts:ExternalId then Bool aws:MultiFactorAuthPresent, printed with two spaces, and IAM accepts it", () => {
    const text = accountTrustPolicy({ accountId: "123456789012", externalId: "ext-1", requireMfa: true });
    expect(text).toBe(
      [
        "{",
        '  "Version": "2012-10-17",',
        '  "Statement": [',
        "    {",
        '      "Effect": "Allow",',
        '      "Principal": {',
        '        "AWS": "arn:aws:iam::123456789012:root"',
        "      },",
        '      "Action": "sts:AssumeRole",',
        '      "Condition": {',
        '        "StringEquals": {',
        '          "sts:ExternalId": "ext-1"',
        "        },",
        '        "Bool": {',
        '          "aws:MultiFactorAuthPresent": "true"',
        "        }",
        "      }",
        "    }",
        "  ]",
        "}",
      ].join("\n"),
    );
    expect(parsePolicyDocument(text, "trust").ok).toBe(true);
  });
});

describe("trustedEntitiesOf and trustConditionsOf", () => {
  it("names accounts (by id or root ARN), services without their domain, principals by ARN, each once; Deny statements trust no one", () => {
    const policy = parsed(
      JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          { Effect: "Allow", Principal: { AWS: ["123456789012", "arn:aws:iam::123456789012:root", "arn:aws:iam::123456789012:user/bob"] }, Action: "sts:AssumeRole", Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } },
          { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },
          { Effect: "Deny", Principal: { AWS: "210987654321" }, Action: "sts:AssumeRole", Condition: { Bool: { "aws:SecureTransport": "false" } } },
        ],
      }),
      "trust",
    );
    expect(trustedEntitiesOf(policy)).toEqual([
      { kind: "account", accountId: "123456789012" },
      { kind: "principal", arn: "arn:aws:iam::123456789012:user/bob" },
      { kind: "service", service: "ec2" },
    ]);
    expect(trustConditionsOf(policy)).toEqual([{ operator: "Bool", key: "aws:MultiFactorAuthPresent", values: ["true"] }]);
  });
});

describe("summarizePolicy", () => {
  it("gives a row per service of each statement, with all actions as *, NotAction and NotResource marked, and the conditions", () => {
    const policy = parsed(
      JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          { Effect: "Allow", Action: ["iam:GetUser", "iam:ListUsers", "s3:*"], Resource: "*" },
          { Effect: "Deny", NotAction: "iam:ChangePassword", NotResource: "arn:aws:iam::*:user/bob", Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } } },
        ],
      }),
      "managed",
    );
    expect(summarizePolicy(policy)).toEqual([
      { statement: 0, service: "iam", effect: "Allow", actions: ["GetUser", "ListUsers"], notAction: false, resources: ["*"], notResource: false, conditions: [] },
      { statement: 0, service: "s3", effect: "Allow", actions: ["*"], notAction: false, resources: ["*"], notResource: false, conditions: [] },
      {
        statement: 1,
        service: "iam",
        effect: "Deny",
        actions: ["ChangePassword"],
        notAction: true,
        resources: ["arn:aws:iam::*:user/bob"],
        notResource: true,
        conditions: [{ operator: "BoolIfExists", key: "aws:MultiFactorAuthPresent", values: ["false"] }],
      },
    ]);
  });
});
