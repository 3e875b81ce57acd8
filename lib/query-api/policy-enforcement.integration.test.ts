import { randomBytes } from "node:crypto";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessKey } from "@/lib/iam/create-access-key";
import { enableMfaDevice } from "@/lib/iam/enable-mfa-device";
import { newId } from "@/lib/iam/ids";
import { ADMINISTRATOR_ACCESS_ARN } from "@/lib/iam/lab-policies";
import { IAM_READ_ONLY_ACCESS } from "@/lib/iam/policy/aws-example-policies";
import type { Principal } from "@/lib/iam/principal";
import { setRequireMfaForApi } from "@/lib/iam/set-require-mfa-for-api";
import { startVirtualMfaSetup } from "@/lib/iam/start-virtual-mfa-setup";
import { codeAtStep, timeStepAt } from "@/lib/mfa/totp";
import { newAccount, newUser } from "@/test/support/iam-fixtures";
import { type SigningCredentials, signQuery } from "@/test/support/sign-query";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { handleQuery } from "./handle-query";
import { IAM_OPERATIONS } from "./iam";
import { STS_OPERATIONS } from "./sts";

// AWS's documented policies enforced through the Query API, as a client meets them: each row signs a
// request with a user's credentials and gets AWS's answer, its AccessDenied message word for word.

const ENDPOINT = "http://127.0.0.1:3000/api/iam";
const key = randomBytes(32);
let t: Awaited<ReturnType<typeof createTestDb>>;
let root: Principal;
const now = new Date();
const settings = { encryptionKey: key, mfaDevicesPerUser: 1 };
const parser = new XMLParser();

beforeAll(async () => {
  t = await createTestDb();
  Object.assign(process.env, { DATABASE_URL: t.url, AUTH_SECRET: "policy-enforcement-test-secret-0123456789", DATA_ENCRYPTION_KEY: key.toString("base64") });
  (globalThis as { mockIamDb?: unknown }).mockIamDb = t.db;
  root = await newAccount(t.db, "policies@example.com", now);
});
afterAll(async () => {
  delete (globalThis as { mockIamDb?: unknown }).mockIamDb;
  await t.close();
});

async function call(credentials: SigningCredentials, params: Record<string, string>, service: "iam" | "sts" = "iam") {
  const body = new URLSearchParams({ Version: service === "iam" ? "2010-05-08" : "2011-06-15", ...params }).toString();
  const url = service === "iam" ? ENDPOINT : ENDPOINT.replace("/iam", "/sts");
  const headers = await signQuery(url, credentials, body, { service });
  const response = await handleQuery(service, service === "iam" ? IAM_OPERATIONS : STS_OPERATIONS, new Request(url, { method: "POST", headers, body }));
  const xml = parser.parse(await response.text());
  const error = xml.ErrorResponse?.Error;
  return { status: response.status, code: error?.Code as string | undefined, message: error?.Message as string | undefined, xml };
}

/** A user of the account with long-term keys: AdministratorAccess, or no policy but what a test gives it (and Force_MFA while it is on). */
async function userWithKeys(name: string, options: { administrator?: boolean } = {}) {
  const user = await newUser(t.db, root, name, now, { isAdmin: options.administrator ?? false, mfa: false });
  await t.db.policyAttachment.deleteMany({ where: { userId: user.userId!, policyArn: { endsWith: ":policy/SelfManageCredentialsWithMFA" } } });
  const keys = await createAccessKey(t.db, { actor: root, userName: name, settings, now, context: TEST_CONTEXT });
  return { user, keys: { accessKeyId: keys.accessKeyId, secretAccessKey: keys.secretAccessKey } };
}

const putInline = (userId: string, name: string, document: object) =>
  t.db.inlinePolicy.create({ data: { id: newId(), accountId: root.accountId, userId, name, document: JSON.stringify(document), createdAt: now, updatedAt: now } });

const denied = (arn: string, action: string, resource: string, reason: string) => `User: ${arn} is not authorized to perform: ${action} on resource: ${resource} ${reason}`;
const implicit = (action: string) => `because no identity-based policy allows the ${action} action`;

describe("AWS's documented policies through the IAM API", () => {
  it("AdministratorAccess allows every IAM action; a user without a policy is refused each", async () => {
    const { keys } = await userWithKeys("ops", { administrator: true });
    expect((await call(keys, { Action: "ListUsers" })).status).toBe(200);
    expect((await call(keys, { Action: "CreateUser", UserName: "made-by-ops" })).status).toBe(200);

    const { user, keys: noneKeys } = await userWithKeys("nobody");
    const listed = await call(noneKeys, { Action: "ListUsers" });
    expect(listed).toMatchObject({ status: 403, code: "AccessDenied" });
    expect(listed.message).toBe(denied(user.arn, "iam:ListUsers", `arn:aws:iam::${root.accountId}:user/`, implicit("iam:ListUsers")));
  });

  it("IAMReadOnlyAccess, through a group, allows reads and refuses writes in AWS's words", async () => {
    const { user, keys } = await userWithKeys("reader");
    const group = await t.db.group.create({ data: { id: "AGPAREADERS0000000001", accountId: root.accountId, name: "readers", nameKey: "readers", arn: `arn:aws:iam::${root.accountId}:group/readers`, createdAt: now } });
    await t.db.groupMembership.create({ data: { groupId: group.id, userId: user.userId!, addedAt: now } });
    await t.db.policyAttachment.create({ data: { id: newId(), accountId: root.accountId, policyArn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess", groupId: group.id, attachedAt: now } });

    expect((await call(keys, { Action: "ListUsers" })).status).toBe(200);
    expect((await call(keys, { Action: "GetUser", UserName: "ops" })).status).toBe(200);
    expect((await call(keys, { Action: "ListVirtualMFADevices" })).status).toBe(200);
    const created = await call(keys, { Action: "CreateUser", UserName: "newbie" });
    expect(created).toMatchObject({ status: 403, code: "AccessDenied", message: denied(user.arn, "iam:CreateUser", "user newbie", implicit("iam:CreateUser")) });
    const alias = await call(keys, { Action: "CreateAccountAlias", AccountAlias: "readers-alias" });
    expect(alias.message).toBe(denied(user.arn, "iam:CreateAccountAlias", "*", implicit("iam:CreateAccountAlias")));
    expect(IAM_READ_ONLY_ACCESS).toContain('"iam:List*"');
  });

  it("NotAction with Deny refuses everything not listed, even to an administrator, with an explicit deny", async () => {
    const { user, keys } = await userWithKeys("limited", { administrator: true });
    await putInline(user.userId!, "DenyAllButGets", { Version: "2012-10-17", Statement: [{ Effect: "Deny", NotAction: "iam:Get*", Resource: "*" }] });
    expect((await call(keys, { Action: "GetUser" })).status).toBe(200);
    const listed = await call(keys, { Action: "ListUsers" });
    expect(listed).toMatchObject({
      status: 403,
      code: "AccessDenied",
      message: denied(user.arn, "iam:ListUsers", `arn:aws:iam::${root.accountId}:user/`, "with an explicit deny in an identity-based policy"),
    });
  });

  it("${aws:username} lets each user manage their own access keys and nobody else's", async () => {
    const { user, keys } = await userWithKeys("keyholder");
    await userWithKeys("neighbour");
    await putInline(user.userId!, "OwnKeys", {
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: ["iam:ListAccessKeys", "iam:CreateAccessKey"], Resource: "arn:aws:iam::*:user/${aws:username}" }],
    });
    expect((await call(keys, { Action: "ListAccessKeys" })).status).toBe(200);
    expect((await call(keys, { Action: "ListAccessKeys", UserName: "keyholder" })).status).toBe(200);
    const other = await call(keys, { Action: "ListAccessKeys", UserName: "neighbour" });
    expect(other).toMatchObject({ status: 403, message: denied(user.arn, "iam:ListAccessKeys", "user neighbour", implicit("iam:ListAccessKeys")) });
    // A name nobody has is refused alike: the caller cannot tell which names exist.
    const nobody = await call(keys, { Action: "ListAccessKeys", UserName: "ghost" });
    expect(nobody).toMatchObject({ status: 403, message: denied(user.arn, "iam:ListAccessKeys", "user ghost", implicit("iam:ListAccessKeys")) });
  });
});

describe("Require MFA for API calls: AWS's force-MFA policy", () => {
  it("denies an administrator's long-term keys everything but MFA set-up, and allows GetSessionToken's MFA credentials", async () => {
    const { user, keys } = await userWithKeys("mfa-admin", { administrator: true });
    const setup = await startVirtualMfaSetup(t.db, { actor: root, userName: "mfa-admin", settings, now, context: TEST_CONTEXT });
    const step = timeStepAt(new Date());
    await enableMfaDevice(t.db, {
      actor: root,
      userName: "mfa-admin",
      serialNumber: setup.serialNumber,
      code1: codeAtStep(setup.seed, step - 2),
      code2: codeAtStep(setup.seed, step - 1),
      settings,
      now: new Date(),
      context: TEST_CONTEXT,
    });
    await setRequireMfaForApi(t.db, { actor: root, required: true, now, context: TEST_CONTEXT });
    const forceMfa = `arn:aws:iam::${root.accountId}:policy/Force_MFA`;

    const listed = await call(keys, { Action: "ListUsers" });
    expect(listed).toMatchObject({
      status: 403,
      code: "AccessDenied",
      message: denied(user.arn, "iam:ListUsers", `arn:aws:iam::${root.accountId}:user/`, `with an explicit deny in an identity-based policy: ${forceMfa}`),
    });
    // The actions the policy lists stay open: setting up MFA needs them.
    expect((await call(keys, { Action: "ListMFADevices" })).status).toBe(200);

    const session = await call(keys, { Action: "GetSessionToken", SerialNumber: setup.serialNumber, TokenCode: codeAtStep(setup.seed, step) }, "sts");
    expect(session.status).toBe(200);
    const credentials = session.xml.GetSessionTokenResponse.GetSessionTokenResult.Credentials;
    const temporary = { accessKeyId: credentials.AccessKeyId, secretAccessKey: credentials.SecretAccessKey, sessionToken: credentials.SessionToken };
    expect((await call(temporary, { Action: "ListUsers" })).status).toBe(200);

    await setRequireMfaForApi(t.db, { actor: root, required: false, now, context: TEST_CONTEXT });
    expect((await call(keys, { Action: "ListUsers" })).status).toBe(200);
  });

  it("attaches Force_MFA to users created while it is on, and the root user stays outside identity policies", async () => {
    await setRequireMfaForApi(t.db, { actor: root, required: true, now, context: TEST_CONTEXT });
    const { user } = await userWithKeys("latecomer", { administrator: true });
    const attached = await t.db.policyAttachment.findMany({ where: { userId: user.userId! }, select: { policyArn: true } });
    expect(attached.map((a) => a.policyArn).sort()).toEqual([ADMINISTRATOR_ACCESS_ARN, `arn:aws:iam::${root.accountId}:policy/Force_MFA`].sort());
    const rootKeys = await createAccessKey(t.db, { actor: root, settings, now, context: TEST_CONTEXT });
    expect((await call({ accessKeyId: rootKeys.accessKeyId, secretAccessKey: rootKeys.secretAccessKey }, { Action: "ListUsers" })).status).toBe(200);
    await setRequireMfaForApi(t.db, { actor: root, required: false, now, context: TEST_CONTEXT });
  });
});
