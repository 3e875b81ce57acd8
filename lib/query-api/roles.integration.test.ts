import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/iam/principal";
import { newAccount, newUser } from "@/test/support/iam-fixtures";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { QueryError } from "./errors";
import { IAM_OPERATIONS } from "./iam";
import type { OperationContext } from "./operation";
import { STS_OPERATIONS } from "./sts";

// The roles' and AssumeRole's parameters as the Query API reads them: each kind of bad input the
// botocore model constrains answers AWS's ValidationError, and the operations answer AWS's shapes.

const now = new Date("2027-05-04T10:00:00Z");
let t: Awaited<ReturnType<typeof createTestDb>>;
let root: Principal;
let dev: Principal;

beforeAll(async () => {
  t = await createTestDb();
  root = await newAccount(t.db, "query-roles@example.com", now);
  dev = await newUser(t.db, root, "dev", now, { policies: false });
});
afterAll(() => t.close());

const context = (actor: Principal, params: Record<string, string>): OperationContext => ({
  params,
  actor,
  accessKeyId: "AKIAEXAMPLE",
  temporary: false,
  credentialsIssuedAt: null,
  mfaAuthenticatedAt: null,
  db: t.db,
  now,
  context: TEST_CONTEXT,
  settings: { encryptionKey: randomBytes(32), mfaDevicesPerUser: 1 },
});

const iam = (action: string, params: Record<string, string>, actor = root) => IAM_OPERATIONS[action](context(actor, params));
const sts = (action: string, params: Record<string, string>, actor = dev) => STS_OPERATIONS[action](context(actor, params));

async function validationError(call: Promise<unknown>): Promise<string> {
  const error = await call.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(QueryError);
  expect((error as QueryError).code).toBe("ValidationError");
  return (error as QueryError).message;
}

const trust = () => JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: dev.arn }, Action: "sts:AssumeRole" }] });
const one = (message: string) => `1 validation error detected: ${message}`;

describe("the roles' parameters", () => {
  it("answers a created role with its trust policy URL-encoded, and reads its tags", async () => {
    const result = (await iam("CreateRole", { RoleName: "Q", AssumeRolePolicyDocument: trust(), "Tags.member.1.Key": "team", "Tags.member.1.Value": "blue" })) as {
      Role: Record<string, unknown>;
    };
    expect(result.Role).toMatchObject({ RoleName: "Q", Path: "/", MaxSessionDuration: 3600, AssumeRolePolicyDocument: encodeURIComponent(trust()), Tags: [{ Key: "team", Value: "blue" }] });
    expect(result.Role.RoleLastUsed).toBeUndefined();
    expect(((await iam("GetRole", { RoleName: "Q" })) as { Role: Record<string, unknown> }).Role.RoleLastUsed).toEqual({});
  });

  it("refuses each kind of bad input the model constrains with AWS's ValidationError", async () => {
    const cases: [string, Record<string, string>, string][] = [
      ["CreateRole", { AssumeRolePolicyDocument: trust() }, one("Value null at 'roleName' failed to satisfy constraint: Member must not be null")],
      ["CreateRole", { RoleName: "r".repeat(65), AssumeRolePolicyDocument: trust() }, one("Value at 'roleName' failed to satisfy constraint: Member must have length less than or equal to 64")],
      ["CreateRole", { RoleName: "R" }, one("Value null at 'assumeRolePolicyDocument' failed to satisfy constraint: Member must not be null")],
      // Both of the model's constraints fail, and AWS counts both.
      ["CreateRole", { RoleName: "R", AssumeRolePolicyDocument: "" },
        "2 validation errors detected: Value at 'assumeRolePolicyDocument' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
          "Value at 'assumeRolePolicyDocument' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"],
      ["CreateRole", { RoleName: "R", AssumeRolePolicyDocument: trust(), Description: "tab\u0001" },
        one("Value at 'description' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*")],
      ["CreateRole", { RoleName: "R", AssumeRolePolicyDocument: trust(), MaxSessionDuration: "3599" },
        one("Value at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600")],
      ["CreateRole", { RoleName: "R", AssumeRolePolicyDocument: trust(), Path: "nope" },
        "The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters."],
      ["CreateRole", { RoleName: "R", AssumeRolePolicyDocument: trust(), "Tags.member.1.Key": "a\u0001", "Tags.member.1.Value": "v" },
        one("Value at 'tags.1.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+")],
      ["UpdateRoleDescription", { RoleName: "Q" }, one("Value null at 'description' failed to satisfy constraint: Member must not be null")],
      ["UpdateRole", { RoleName: "Q", MaxSessionDuration: "43201" },
        one("Value at 'maxSessionDuration' failed to satisfy constraint: Member must have value less than or equal to 43200")],
      ["UpdateAssumeRolePolicy", { RoleName: "Q" }, one("Value null at 'policyDocument' failed to satisfy constraint: Member must not be null")],
      ["TagRole", { RoleName: "Q" }, one("Value null at 'tags' failed to satisfy constraint: Member must not be null")],
      ["UntagRole", { RoleName: "Q" }, one("Value null at 'tagKeys' failed to satisfy constraint: Member must not be null")],
      ["ListRoles", { PathPrefix: "nope" }, one("Value at 'pathPrefix' failed to satisfy constraint: Member must satisfy regular expression pattern: \\u002F[\\u0021-\\u007F]*")],
      ["ListRoleTags", { RoleName: "Q", MaxItems: "0" }, one("Value at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1")],
    ];
    for (const [action, params, message] of cases) expect(await validationError(iam(action, params)), `${action} ${JSON.stringify(params)}`).toBe(message);
    expect((await iam("ListRoles", {})) as { Roles: unknown[] }).toMatchObject({ Roles: [expect.objectContaining({ RoleName: "Q" })], IsTruncated: false });
  });

  it("pages ListRoles and ListRoleTags with Marker and MaxItems", async () => {
    await iam("CreateRole", { RoleName: "Q2", AssumeRolePolicyDocument: trust() });
    const first = (await iam("ListRoles", { MaxItems: "1" })) as { Roles: { RoleName: string }[]; IsTruncated: boolean; Marker: string };
    expect(first).toMatchObject({ Roles: [{ RoleName: "Q" }], IsTruncated: true });
    expect(await iam("ListRoles", { MaxItems: "1", Marker: first.Marker })).toMatchObject({ Roles: [{ RoleName: "Q2" }], IsTruncated: false });
  });
});

describe("AssumeRole's parameters", () => {
  it("refuses each kind of bad input with STS's ValidationError, which quotes the value", async () => {
    const roleArn = `arn:aws:iam::${root.accountId}:role/Q`;
    const cases: [Record<string, string>, string][] = [
      [{ RoleSessionName: "s1" }, one("Value null at 'roleArn' failed to satisfy constraint: Member must not be null")],
      [{ RoleArn: "arn:aws:iam::1:r", RoleSessionName: "s1" }, one("Value 'arn:aws:iam::1:r' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20")],
      [{ RoleArn: roleArn }, one("Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null")],
      [{ RoleArn: roleArn, RoleSessionName: "s" }, one("Value 's' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2")],
      [{ RoleArn: roleArn, RoleSessionName: "s".repeat(65) }, one(`Value '${"s".repeat(65)}' at 'roleSessionName' failed to satisfy constraint: Member must have length less than or equal to 64`)],
      [{ RoleArn: roleArn, RoleSessionName: "a/b" }, one("Value 'a/b' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*")],
      [{ RoleArn: roleArn, RoleSessionName: "s1", DurationSeconds: "899" }, one("Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900")],
      [{ RoleArn: roleArn, RoleSessionName: "s1", DurationSeconds: "43201" }, one("Value '43201' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200")],
      [{ RoleArn: roleArn, RoleSessionName: "s1", TokenCode: "12345a" }, one("Value '12345a' at 'tokenCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\d]*")],
      [{ RoleArn: roleArn, RoleSessionName: "s1", ExternalId: "x" }, one("Value 'x' at 'externalId' failed to satisfy constraint: Member must have length greater than or equal to 2")],
    ];
    for (const [params, message] of cases) expect(await validationError(sts("AssumeRole", params)), JSON.stringify(params)).toBe(message);
  });

  it("answers AWS's shape: Credentials and AssumedRoleUser", async () => {
    const result = (await sts("AssumeRole", { RoleArn: `arn:aws:iam::${root.accountId}:role/Q`, RoleSessionName: "s1" })) as Record<string, Record<string, unknown>>;
    expect(result.AssumedRoleUser).toEqual({ AssumedRoleId: expect.stringMatching(/^AROA[A-Z2-7]{17}:s1$/), Arn: `arn:aws:sts::${root.accountId}:assumed-role/Q/s1` });
    expect(Object.keys(result.Credentials)).toEqual(["AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"]);
  });
});
