import { describe, expect, it } from "vitest";
import { IAM_READ_ONLY_ACCESS, SELF_MANAGE_CREDENTIALS_WITH_MFA, SELF_MANAGE_MFA } from "./aws-example-policies";
import { parsePolicyDocument, POLICY_MESSAGES as M } from "./parse-policy-document";
import { principalsToVerify } from "./principal-value";

// The CreatePolicy rows are AWS's answers to CreatePolicy for these documents, in the order of
// LocalStack's recording against AWS (February 2026): localstack/localstack
// tests/aws/services/iam/test_iam_policies.py (INVALID_POLICY_DOCUMENTS, VALID_POLICY_DOCUMENTS) and
// test_iam_policies.snapshot.json (test_create_policy_invalid_document[invalid-N]). The row's number is
// N.

const V = "2012-10-17";
const bucket = "arn:aws:s3:::example_bucket";
const S = { Effect: "Allow", Action: "s3:ListBucket", Resource: bucket };
const text = (document: unknown) => (typeof document === "string" ? document : JSON.stringify(document));
const messageFor = (document: unknown, kind: "managed" | "inline" | "trust" = "managed") => {
  const result = parsePolicyDocument(text(document), kind);
  return result.ok ? "accepted" : result.message;
};

const recordedRefusals: [number, unknown, string][] = [
  [0, "This is not a json document", M.syntax],
  [1, { Statement: S }, M.version],
  [2, { Version: "2008-10-17", Statement: S }, M.version],
  [3, { Version: "2013-10-17", Statement: S }, M.syntax],
  [4, { Version: V }, M.syntax],
  [5, { Version: V, Statement: ["afd"] }, M.syntax],
  [6, { Version: V, Statement: S, "Extra field": "value" }, M.syntax],
  [7, { Version: V, Statement: { ...S, "Extra field": "value" } }, M.syntax],
  [8, { Version: V, Id: ["cd3a324d2343d942772346-34234234423404-4c2242343242349d1642ee"], Statement: S }, M.syntax],
  [9, { Version: V, Id: {}, Statement: S }, M.syntax],
  [10, { Version: V, Statement: { ...S, Effect: "invalid" } }, M.syntax],
  [11, { Version: V, Statement: { ...S, Action: "invalid" } }, M.vendorPrefix],
  [12, { Version: V, Statement: { Effect: "Allow", NotAction: "", Resource: bucket } }, M.vendorPrefix],
  [13, { Version: V, Statement: { ...S, Action: "a a:ListBucket" } }, "Vendor a a is not valid"],
  [14, { Version: V, Statement: { ...S, Action: "s3:List:Bucket" } }, M.oneColon],
  [15, { Version: V, Statement: [{ ...S, Action: "s3s:ListBucket" }, { ...S, Action: "s:3s:ListBucket" }] }, M.oneColon],
  [16, { Version: V, Statement: { ...S, Resource: "invalid resource" } }, 'Resource invalid resource must be in ARN format or "*".'],
  [
    17,
    {
      Version: V,
      Statement: [
        {
          Sid: "EnableDisableHongKong",
          Effect: "Allow",
          Action: ["account:EnableRegion", "account:DisableRegion"],
          Resource: "",
          Condition: { StringEquals: { "account:TargetRegion": "ap-east-1" } },
        },
        { Sid: "ViewConsole", Effect: "Allow", Action: ["aws-portal:ViewAccount", "account:ListRegions"], Resource: "" },
      ],
    },
    'Resource  must be in ARN format or "*".',
  ],
  [18, { Version: V, Statement: { Effect: "Allow", Action: "s:3:ListBucket", Resource: "sdfsadf" } }, 'Resource sdfsadf must be in ARN format or "*".'],
  [19, { Version: V, Statement: { ...S, Resource: ["adf"] } }, 'Resource adf must be in ARN format or "*".'],
  [20, { Version: V, Statement: { ...S, Resource: "" } }, 'Resource  must be in ARN format or "*".'],
  [21, { Version: V, Statement: { Effect: "Allow", NotAction: "s3s:ListBucket", Resource: "a:bsdfdsafsad" } }, 'Partition "bsdfdsafsad" is not valid for resource "arn:bsdfdsafsad:*:*:*:*".'],
  [22, { Version: V, Statement: { Effect: "Allow", NotAction: "s3s:ListBucket", Resource: "a:b:cadfsdf" } }, 'Partition "b" is not valid for resource "arn:b:cadfsdf:*:*:*".'],
  [23, { Version: V, Statement: { Effect: "Allow", NotAction: "s3s:ListBucket", Resource: "a:b:c:d:e:f:g:h" } }, 'Partition "b" is not valid for resource "arn:b:c:d:e:f:g:h".'],
  [24, { Version: V, Statement: { ...S, Resource: "aws:s3:::example_bucket" } }, 'Partition "s3" is not valid for resource "arn:s3:::example_bucket:*".'],
  [
    25,
    { Version: V, Statement: { ...S, Resource: ["arn:error:s3:::example_bucket", "arn:error:s3::example_bucket"] } },
    'Partition "error" is not valid for resource "arn:error:s3:::example_bucket".',
  ],
  [26, { Version: V, Statement: [] }, M.syntax],
  [27, { Version: V, Statement: { Effect: "Allow", Action: "s3:ListBucket" } }, M.resources],
  [28, { Version: V, Statement: { ...S, Resource: [] } }, M.resources],
  [29, { Version: V, Statement: { Effect: "Allow", Action: "invalid" } }, M.resources],
  [30, { Version: V, Statement: { Effect: "Allow", Resource: bucket } }, M.actions],
  [31, { Version: V, Statement: { Action: "s3:ListBucket", Resource: bucket } }, M.syntax],
  [32, { Version: V, Statement: { Effect: "Allow" } }, M.actions],
  [33, { Version: V, Statement: { ...S, Action: [] } }, M.actions],
  [34, { Version: V, Statement: [{ Effect: "Deny" }, S] }, M.actions],
  [35, { Version: V, Statement: { ...S, Resource: "arn:aws:iam:::example_bucket" } }, M.iamResourcePath],
  [36, { Version: V, Statement: { ...S, Resource: "arn:aws:s3::example_bucket" } }, M.legacyParsing],
  [37, { Version: V, Statement: { Effect: "Allow", Resource: "arn:aws:s3::example_bucket" } }, M.legacyParsing],
  [38, { Version: V, Statement: { ...S, Resource: "arn:aws" } }, M.resourceVendor],
  [39, { Version: V, Statement: { ...S, Resource: { a: bucket } } }, M.syntax],
  [40, { Version: V, Statement: { Effect: "Deny", Action: "s3:ListBucket", Resource: ["adfdf", {}] } }, M.syntax],
  [41, { Version: V, Statement: { Effect: "Allow", NotAction: "s3:ListBucket", Resource: bucket, NotResource: [] } }, M.syntax],
  [42, { Version: V, Statement: { Effect: "Deny", Action: [[]], Resource: bucket } }, M.syntax],
  [43, { Version: V, Statement: { Effect: "Allow", NotAction: "s3s:ListBucket", Action: [], Resource: bucket } }, M.syntax],
  [44, { Version: V, Statement: { ...S, Action: {} } }, M.syntax],
  [45, { Version: V, Statement: { ...S, Condition: [] } }, M.syntax],
  [46, { Version: V, Statement: { ...S, Condition: "a" } }, M.syntax],
  [47, { Version: V, Statement: { ...S, Condition: { a: "b" } } }, M.syntax],
  [48, { Version: V, Statement: { ...S, Condition: { DateGreaterThan: "b" } } }, M.syntax],
  [49, { Version: V, Statement: { ...S, Condition: { DateGreaterThan: [] } } }, M.syntax],
  [50, { Version: V, Statement: { ...S, Condition: { DateGreaterThan: { a: {} } } } }, M.syntax],
  [51, { Version: V, Statement: { Effect: "Allow", Resource: bucket, Condition: { DateGreaterThan: { a: {} } } } }, M.syntax],
  [52, { Version: V, Statement: { ...S, Condition: { x: { a: "1" } } } }, M.syntax],
  [53, { Version: V, Statement: { ...S, Condition: { "ForAnyValue::StringEqualsIfExists": { a: "asf" } } } }, M.syntax],
  [54, { Version: V, Statement: { ...S, Condition: [{ "ForAllValues:StringEquals": { "aws:TagKeys": "Department" } }] } }, M.syntax],
  [55, { Version: V, Statement: { ...S, Resource: "arn:aws:iam:us-east-1::example_bucket" } }, "IAM resource arn:aws:iam:us-east-1::example_bucket cannot contain region information."],
  [56, { Version: V, Statement: { ...S, Resource: "arn:aws:s3:us-east-1::example_bucket" } }, "Resource arn:aws:s3:us-east-1::example_bucket can not contain region information."],
  [57, { Version: V, Statement: { Sid: {}, ...S } }, M.syntax],
  [58, { Version: V, Statement: { Sid: [], ...S } }, M.syntax],
  [59, { Version: V, Statement: [{ Sid: "sdf", ...S }, { Sid: "sdf", Effect: "Allow" }] }, M.sidUnique],
  [60, { Statement: [{ Sid: "sdf", ...S }, { Sid: "sdf", Effect: "Allow" }] }, M.version],
  [61, { Version: V, Statement: { Effect: "Allow", NotAction: "s3:ListBucket", Action: "iam:dsf", Resource: bucket } }, M.syntax],
  [62, { Version: V, Statement: { ...S, NotResource: "*" } }, M.syntax],
  [63, { Version: V, Statement: { ...S, Effect: "denY" } }, M.legacyParsing],
  [64, { Version: V, Statement: { ...S, Condition: { DateGreaterThan: { a: "sdfdsf" } } } }, M.legacyParsing],
  [65, { Statement: { ...S, Condition: { DateGreaterThan: { a: "sdfdsf" } } } }, M.version],
  [66, { Statement: { ...S, Effect: "denY" } }, M.version],
  [67, { Version: V, Statement: { Effect: "Allow", Condition: { DateGreaterThan: { a: "sdfdsf" } } } }, M.legacyParsing],
  [68, { Version: V, Statement: { Effect: "Allow", NotAction: "s3:ListBucket", Resource: "arn:aws::::example_bucket" } }, M.legacyParsing],
  [69, { Version: V, Statement: { Effect: "allow", Resource: "arn:aws:s3:us-east-1::example_bucket" } }, M.legacyParsing],
  [70, { Version: V, Statement: [{ Sid: "sdf", ...S, Effect: "aLLow" }, { Sid: "sdf", Effect: "Allow" }] }, M.legacyParsing],
  [71, { Version: V, Statement: { Effect: "Allow", Action: "s3:ListBucket", NotResource: "arn:aws:s3::example_bucket" } }, M.legacyParsing],
  [72, { Version: V, Statement: { ...S, Condition: { DateLessThanEquals: { a: "234-13" } } } }, M.legacyParsing],
  [73, { Version: V, Statement: { ...S, Condition: { DateLessThanEquals: { a: "2016-12-13t2:00:00.593194+1" } } } }, M.legacyParsing],
  [74, { Version: V, Statement: { ...S, Condition: { DateLessThanEquals: { a: "2016-12-13t2:00:00.1999999999+10:59" } } } }, M.legacyParsing],
  [75, { Version: V, Statement: { ...S, Condition: { DateLessThan: { a: "9223372036854775808" } } } }, M.legacyParsing],
  [76, { Version: V, Statement: { ...S, Resource: "arn:error:s3:::example_bucket", Condition: { DateGreaterThan: { a: "sdfdsf" } } } }, M.legacyParsing],
  [77, { Version: V, Statement: { ...S, Resource: "arn:aws::fdsasf" } }, M.legacyParsing],
];

const statement = (extra: object) => ({ Version: V, Statement: { ...S, ...extra } });
const recordedAcceptances: [number, unknown][] = [
  [0, statement({ Resource: [bucket] })],
  [1, statement({ Action: "iam: asdf safdsf af " })],
  [2, statement({ Resource: [bucket, "*"] })],
  [3, statement({ Action: "*" })],
  [4, { Version: V, Statement: [S] }],
  [5, statement({ Action: "service-prefix:action-name", Resource: "*", Condition: { DateGreaterThan: { "aws:CurrentTime": "2017-07-01T00:00:00Z" }, DateLessThan: { "aws:CurrentTime": "2017-12-31T23:59:59Z" } } })],
  [6, statement({ Action: "fsx:ListBucket" })],
  [7, statement({ Resource: "arn:aws:iam:::user/example_bucket" })],
  [8, statement({ Resource: "arn:aws:s33:::example_bucket" })],
  [9, statement({ Resource: "arn:aws:fdsasf" })],
  [10, statement({ Condition: {} })],
  [11, statement({ Condition: { "ForAllValues:StringEquals": { "aws:TagKeys": "Department" } } })],
  [12, statement({ Resource: "arn:aws:cloudwatch:us-east-1::example_bucket" })],
  [13, statement({ Resource: "arn:aws:ec2:us-east-1::example_bucket" })],
  [14, statement({ Resource: "arn:aws:invalid-service:::example_bucket" })],
  [15, statement({ Resource: "arn:aws:invalid-service:us-east-1::example_bucket" })],
  [17, statement({ Condition: { DateGreaterThan: {} } })],
  [18, statement({ Condition: { DateGreaterThan: { a: [] } } })],
  [19, statement({ Condition: { a: {} } })],
  [20, statement({ Sid: "dsfsdfsdfsdfsdfsadfsd" })],
  [
    21,
    {
      Version: V,
      Statement: [
        { Sid: "ConsoleDisplay", Effect: "Allow", Action: ["iam:GetRole", "iam:GetUser", "iam:ListRoles", "iam:ListRoleTags", "iam:ListUsers", "iam:ListUserTags"], Resource: "*" },
        {
          Sid: "AddTag",
          Effect: "Allow",
          Action: ["iam:TagUser", "iam:TagRole"],
          Resource: "*",
          Condition: { StringEquals: { "aws:RequestTag/CostCenter": ["A-123", "B-456"] }, "ForAllValues:StringEquals": { "aws:TagKeys": "CostCenter" } },
        },
      ],
    },
  ],
  [22, { Version: V, Statement: { Effect: "Allow", NotAction: "s3:ListBucket", Resource: bucket } }],
  [23, { Version: V, Statement: { Effect: "Deny", Action: "s3:*", NotResource: ["arn:aws:s3:::HRBucket/Payroll", "arn:aws:s3:::HRBucket/Payroll/*"] } }],
  [24, { Version: V, Id: "sdfsdfsdf", Statement: { Effect: "Allow", NotAction: "s3:ListBucket", Resource: bucket } }],
  [25, statement({ Action: "aaaaaadsfdsafsadfsadfaaaaa:ListBucket" })],
  [26, statement({ Action: "s3-s:ListBucket" })],
  [27, statement({ Action: "s3.s:ListBucket" })],
  [28, { Version: V, Statement: { Effect: "Allow", NotAction: "s3:ListBucket", NotResource: "*" } }],
  [29, { Version: V, Statement: [{ Sid: "sdf", ...S }, S] }],
  [30, statement({ Condition: { DateGreaterThan: { a: "01T" } } })],
  [31, statement({ Condition: { x: {}, y: {} } })],
  [32, statement({ Condition: { StringEqualsIfExists: { a: "asf" } } })],
  [33, statement({ Condition: { "ForAnyValue:StringEqualsIfExists": { a: "asf" } } })],
  [34, statement({ Condition: { DateLessThanEquals: { a: "2019-07-01T13:20:15Z" } } })],
  [35, statement({ Condition: { DateLessThanEquals: { a: "2016-12-13T21:20:37.593194+00:00" } } })],
  [36, statement({ Condition: { DateLessThanEquals: { a: "2016-12-13t2:00:00.593194+23" } } })],
  [37, statement({ Condition: { DateLessThan: { a: "-292275054" } } })],
  [38, SELF_MANAGE_CREDENTIALS_WITH_MFA],
  [40, statement({ Action: ["ec2:AttachVolume", "ec2:DetachVolume"], Resource: ["arn:aws:ec2:*:*:volume/*", "arn:aws:ec2:*:*:instance/*"], Condition: { ArnEquals: { "ec2:SourceInstanceARN": "arn:aws:ec2:*:*:instance/instance-id" } } })],
  [41, statement({ Action: ["ec2:AttachVolume"], Resource: "arn:aws:ec2:*:*:volume/*", Condition: { StringEquals: { "ec2:ResourceTag/VolumeUser": "${aws:username}" } } })],
  [42, statement({ Sid: "StartStopIfTags", Resource: "arn:aws:ec2:region:account-id:instance/*", Condition: { StringEquals: { "ec2:ResourceTag/Project": "DataAnalytics", "aws:PrincipalTag/Department": "Data" } } })],
  [43, statement({ Resource: ["arn:aws:s3:::bucket-name/cognito/application-name/${cognito-identity.amazonaws.com:sub}"] })],
  [44, statement({ Resource: "arn:aws:s3:::bucket-name", Condition: { StringLike: { "s3:prefix": ["", "home/", "home/${aws:userid}/*"] } } })],
  [45, statement({ Action: "s3:*Object", Resource: ["arn:aws:s3:::bucket-name/*"] })],
  [47, statement({ Action: "ec2:*", Resource: "*", Condition: { StringEquals: { "ec2:Region": "region" } } })],
  [48, { Version: V, Statement: [{ Effect: "Allow", Action: "rds:*", Resource: ["arn:aws:rds:region:*:*"] }, { Effect: "Allow", Action: ["rds:Describe*"], Resource: ["*"] }] }],
  [49, { Version: V, Statement: [{ Sid: "", Effect: "Allow", Action: "rds:*", Resource: ["arn:aws:rds:region:*:*"] }, { Sid: "", Effect: "Allow", Action: ["rds:Describe*"], Resource: ["*"] }] }],
  [50, statement({ Sid: "", Action: ["s3:*"], Resource: ["arn:aws:s3:us-west-2:123456789012:accesspoint/my-access-point", "arn:aws:s3:us-west-2:123456789012:accesspoint/my-access-point/object/*"] })],
];

describe("parsePolicyDocument for CreatePolicy", () => {
  it.each(recordedRefusals)("answers AWS's recorded message for malformed document %i", (_n, document, message) => {
    expect(messageFor(document)).toBe(message);
  });

  it.each(recordedAcceptances)("accepts valid document %i as AWS did", (_n, document) => {
    expect(messageFor(document)).toBe("accepted");
  });

  it("accepts the AWS managed and example policies the lessons use", () => {
    for (const document of [SELF_MANAGE_CREDENTIALS_WITH_MFA, SELF_MANAGE_MFA, IAM_READ_ONLY_ACCESS]) expect(messageFor(document)).toBe("accepted");
  });

  it("refuses a Sid that is not alphanumeric, with the message of AWS's CloudTrail record", () => {
    expect(messageFor(statement({ Sid: "Allow-List" }))).toBe(M.sidCharacters);
  });

  it("refuses a Principal or NotPrincipal in an identity-based policy", () => {
    expect(messageFor(statement({ Principal: "*" }))).toBe(M.principalInIdentityPolicy);
    expect(messageFor(statement({ NotPrincipal: { AWS: "123456789012" } }), "inline")).toBe(M.principalInIdentityPolicy);
  });

  it("refuses an IAM resource that names no IAM resource type, and accepts root and every type", () => {
    expect(messageFor(statement({ Resource: "arn:aws:iam::123456789012:users" }))).toBe(M.iamResourcePath);
    expect(messageFor(statement({ Resource: ["arn:aws:iam::123456789012:root", "arn:aws:iam::*:*", "arn:aws:iam::*:access-report/x"] }))).toBe("accepted");
  });
});

describe("parsePolicyDocument for inline policies", () => {
  it("accepts a document without Version or with 2008-10-17, as Put*Policy does", () => {
    expect(messageFor({ Statement: S }, "inline")).toBe("accepted");
    expect(messageFor({ Version: "2008-10-17", Statement: S }, "inline")).toBe("accepted");
  });

  it("still refuses what is not a policy", () => {
    expect(messageFor("{", "inline")).toBe(M.syntax);
    expect(messageFor({ Version: "2012-10-18", Statement: S }, "inline")).toBe(M.syntax);
  });

  it("normalises the document for the evaluation: lists everywhere, condition values as text", () => {
    const result = parsePolicyDocument(
      text({ Statement: { Sid: "A1", Effect: "Allow", Action: "iam:GetUser", Resource: "*", Condition: { Bool: { "aws:SecureTransport": true }, NumericLessThan: { "aws:MultiFactorAuthAge": [3600] } } } }),
      "inline",
    );
    expect(result).toEqual({
      ok: true,
      policy: {
        version: null,
        statements: [
          {
            sid: "A1",
            effect: "Allow",
            action: ["iam:GetUser"],
            resource: ["*"],
            conditions: [
              { operator: "Bool", key: "aws:SecureTransport", values: ["true"] },
              { operator: "NumericLessThan", key: "aws:MultiFactorAuthAge", values: ["3600"] },
            ],
          },
        ],
      },
    });
  });
});

const trust = (extra: object, statementOnly?: object) => ({
  Version: V,
  Statement: [statementOnly ?? { Effect: "Allow", Principal: { AWS: "arn:aws:iam::123456789012:root" }, Action: "sts:AssumeRole", ...extra }],
});

describe("parsePolicyDocument for role trust policies", () => {
  it("answers UpdateAssumeRolePolicy's recorded messages (LocalStack, test_iam_roles.snapshot.json, 2026-02)", () => {
    expect(messageFor("not valid json", "trust")).toBe("This policy contains invalid Json");
    expect(messageFor(trust({ Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:InvalidAction" }), "trust")).toBe(
      "AssumeRole policy may only specify STS AssumeRole actions.",
    );
    expect(messageFor(trust({ Principal: { Service: "ec2.amazonaws.com" }, Resource: bucket }), "trust")).toBe("Has prohibited field Resource");
  });

  it("accepts the trust policies AWS documents: a service, an account, a user, a role session, with MFA and external id", () => {
    const accepted = [
      trust({ Principal: { Service: ["ec2.amazonaws.com"] }, Action: ["sts:AssumeRole"] }),
      trust({ Principal: { AWS: "123456789012" } }),
      trust({ Principal: { AWS: ["arn:aws:iam::123456789012:user/division/Bob", "arn:aws:sts::123456789012:assumed-role/Admin/session-1"] } }),
      trust({ Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" }, StringEquals: { "sts:ExternalId": "x" } } }),
      trust({ Principal: { AWS: "*" }, Action: ["sts:AssumeRole", "sts:TagSession"] }),
      trust({ Principal: { Federated: "cognito-identity.amazonaws.com" }, Action: "sts:AssumeRoleWithWebIdentity" }),
      { Version: "2008-10-17", Statement: { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" } },
    ];
    for (const document of accepted) expect(messageFor(document, "trust")).toBe("accepted");
  });

  it("refuses principals AWS refuses, naming the first as AWS does", () => {
    expect(messageFor(trust({ Principal: "*" }), "trust")).toBe('AssumeRolepolicy contained an invalid principal: "STAR":"*".');
    expect(messageFor(trust({ Principal: { AWS: "arn:aws:iam::123456789012:group/exampleGroup" } }), "trust")).toBe(
      'Invalid principal in policy: "AWS":"arn:aws:iam::123456789012:group/exampleGroup"',
    );
    expect(messageFor(trust({ Principal: { AWS: "arn:aws:iam::123456789012:user/user-*" } }), "trust")).toBe(
      'Invalid principal in policy: "AWS":"arn:aws:iam::123456789012:user/user-*"',
    );
    expect(messageFor(trust({ Principal: { Service: "lambda" } }), "trust")).toBe('Invalid principal in policy: "SERVICE":"lambda"');
    expect(messageFor(trust({ Principal: { AWS: [] } }), "trust")).toBe(M.noPrincipals);
    expect(messageFor(trust({}, { Effect: "Allow", Action: "sts:AssumeRole" }), "trust")).toBe("Missing required field Principal");
  });

  it("refuses an unknown principal type as a syntax error", () => {
    expect(messageFor(trust({ Principal: { User: "Bob" } }), "trust")).toBe(M.syntax);
  });

  it("takes STS's role-assuming actions in any case and as wildcards, and nothing outside STS", () => {
    expect(messageFor(trust({ Action: ["STS:assumerole", "sts:AssumeRole*", "sts:*"] }), "trust")).toBe("accepted");
    expect(messageFor(trust({ Action: "*" }), "trust")).toBe(M.trustPolicyActions);
    expect(messageFor(trust({ Action: "sts:GetCallerIdentity" }), "trust")).toBe(M.trustPolicyActions);
  });

  it("lists the users and roles whose existence the caller must check", () => {
    const result = parsePolicyDocument(
      text(trust({ Principal: { AWS: ["123456789012", "arn:aws:iam::123456789012:user/Bob", "arn:aws:iam::123456789012:role/path/Admin", "arn:aws:sts::123456789012:assumed-role/Admin/s"] } })),
      "trust",
    );
    if (!result.ok) throw new Error(result.message);
    expect(principalsToVerify(result.policy)).toEqual([
      { kind: "user", accountId: "123456789012", arn: "arn:aws:iam::123456789012:user/Bob" },
      { kind: "role", accountId: "123456789012", arn: "arn:aws:iam::123456789012:role/path/Admin" },
    ]);
  });
});
