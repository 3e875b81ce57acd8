import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeAtStep, TOTP_STEP_SECONDS, timeStepAt } from "@/lib/mfa/totp";
import { iamError, newAccount, newUser, storedEvents } from "@/test/support/iam-fixtures";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { assumeRole } from "./assume-role";
import { createRole } from "./create-role";
import { nonUserCredentials, targetOf } from "./credentials-target";
import { deleteRole } from "./delete-role";
import { enableMfaDevice } from "./enable-mfa-device";
import { getAccountSummary } from "./get-account-summary";
import { createUser } from "./create-user";
import { getPrincipal, principalUserId } from "./get-principal";
import { getRole } from "./get-role";
import { listRoles } from "./list-roles";
import type { Principal } from "./principal";
import { listRoleTags, tagRole, untagRole } from "./role-tags";
import type { IamSettings } from "./settings";
import { findSigningCredentials, markRoleUsed } from "./signing-credentials";
import { startVirtualMfaSetup } from "./start-virtual-mfa-setup";
import { updateAssumeRolePolicy } from "./update-assume-role-policy";
import { updateRole } from "./update-role";

const settings: IamSettings = { encryptionKey: randomBytes(32), mfaDevicesPerUser: 1 };
const now = new Date("2027-05-04T10:00:00Z");
const at = (ms: number) => new Date(now.getTime() + ms);
const origin = (actor: Principal, when = now) => ({ actor, now: when, context: TEST_CONTEXT });

/** A trust policy with one Allow statement for `principal`, and `condition` if given. */
const trust = (principal: Record<string, string | string[]>, condition?: Record<string, Record<string, string>>) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: principal, Action: "sts:AssumeRole", ...(condition ? { Condition: condition } : {}) }],
  });

let t: Awaited<ReturnType<typeof createTestDb>>;
let root: Principal;
let admin: Principal;
let dev: Principal;

beforeAll(async () => {
  t = await createTestDb();
  root = await newAccount(t.db, "roles-owner@example.com", now);
  admin = await newUser(t.db, root, "admin", now, { isAdmin: true });
  // Callers with no policy, as the API's CreateUser makes them: the trust policies alone decide for them.
  dev = await newUser(t.db, root, "dev", now, { policies: false });
});
afterAll(() => t.close());

const failure = async (promise: Promise<unknown>) => {
  const error = await iamError(promise);
  return { code: error.code, message: error.message };
};

const newRole = (roleName: string, document = trust({ AWS: dev.arn }), extra: Partial<Parameters<typeof createRole>[1]> = {}) =>
  createRole(t.db, { ...origin(root), roleName, assumeRolePolicyDocument: document, ...extra });

describe("CreateRole, GetRole and ListRoles", () => {
  it("creates a role with an AROA id, its ARN from path and name, AWS's defaults, tags, and a CreateRole event", async () => {
    const role = await newRole("Deployer", trust({ AWS: dev.arn }), { path: "/ci/", description: "Deploys", tags: [{ key: "team", value: "blue" }] });
    expect(role).toMatchObject({
      roleName: "Deployer",
      path: "/ci/",
      arn: `arn:aws:iam::${root.accountId}:role/ci/Deployer`,
      description: "Deploys",
      maxSessionDuration: 3600,
      tags: [{ key: "team", value: "blue" }],
      lastUsed: null,
    });
    expect(role.roleId).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(await getRole(t.db, { actor: admin, roleName: "DEPLOYER" })).toEqual(role);
    const [event] = (await storedEvents(t.db, root.accountId)).filter((e) => e.eventName === "CreateRole");
    expect(JSON.parse(event.requestParameters!)).toMatchObject({ roleName: "Deployer", path: "/ci/", description: "Deploys" });
  });

  it("refuses a name taken in any case, a malformed or oversized trust policy, a principal that does not exist, duplicate tag keys; nothing is stored", async () => {
    await newRole("Taken");
    expect(await failure(newRole("TAKEN"))).toEqual({ code: "EntityAlreadyExists", message: "Role with name TAKEN already exists." });
    expect(await failure(newRole("Bad", "{not json"))).toEqual({ code: "MalformedPolicyDocument", message: "This policy contains invalid Json" });
    const withResource = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: dev.arn }, Action: "sts:AssumeRole", Resource: "*" }] });
    expect(await failure(newRole("Bad", withResource))).toEqual({ code: "MalformedPolicyDocument", message: "Has prohibited field Resource" });
    const ghost = `arn:aws:iam::${root.accountId}:user/ghost`;
    expect(await failure(newRole("Bad", trust({ AWS: ghost })))).toEqual({ code: "MalformedPolicyDocument", message: `Invalid principal in policy: "AWS":"${ghost}"` });
    const big = trust({ AWS: dev.arn }, { StringEquals: { "aws:PrincipalTag/x": "y".repeat(2100) } });
    expect(await failure(newRole("Bad", big))).toEqual({ code: "LimitExceeded", message: "Cannot exceed quota for ACLSizePerRole: 2048" });
    expect(await failure(newRole("Bad", trust({ AWS: dev.arn }), { tags: [{ key: "a", value: "1" }, { key: "A", value: "2" }] }))).toEqual({
      code: "InvalidInput",
      message: "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
    });
    expect(await failure(getRole(t.db, { actor: root, roleName: "Bad" }))).toEqual({ code: "NoSuchEntity", message: "The role with name Bad cannot be found." });
  });

  it("lets only administrators manage roles: another user is denied", async () => {
    expect((await failure(createRole(t.db, { ...origin(dev), roleName: "Mine", assumeRolePolicyDocument: trust({ AWS: dev.arn }) }))).code).toBe("AccessDenied");
    expect((await failure(listRoles(t.db, { actor: dev }))).code).toBe("AccessDenied");
  });

  it("lists by name with PathPrefix as a prefix, without tags", async () => {
    await newRole("Division", trust({ AWS: dev.arn }), { path: "/division/" });
    const names = (prefix?: string) => listRoles(t.db, { actor: root, pathPrefix: prefix }).then((roles) => roles.map((role) => role.roleName));
    expect(await names("/div")).toEqual(["Division"]);
    expect(await names()).toEqual(expect.arrayContaining(["Deployer", "Division", "Taken"]));
    expect((await listRoles(t.db, { actor: root }))[0]).not.toHaveProperty("tags");
  });
});

describe("UpdateRole, UpdateRoleDescription, UpdateAssumeRolePolicy", () => {
  it("changes the description and the longest session, keeping what is not given", async () => {
    await newRole("Updatable", trust({ AWS: dev.arn }), { description: "old" });
    await updateRole(t.db, { ...origin(root), roleName: "updatable", maxSessionDuration: 7200 });
    expect(await getRole(t.db, { actor: root, roleName: "Updatable" })).toMatchObject({ description: "old", maxSessionDuration: 7200 });
    const updated = await updateRole(t.db, { ...origin(root), roleName: "Updatable", description: "new" }, "UpdateRoleDescription");
    expect(updated).toMatchObject({ description: "new", maxSessionDuration: 7200 });
    const names = (await storedEvents(t.db, root.accountId)).map((e) => e.eventName);
    expect(names).toEqual(expect.arrayContaining(["UpdateRole", "UpdateRoleDescription"]));
    expect((await failure(updateRole(t.db, { ...origin(root), roleName: "Nope", description: "x" }))).code).toBe("NoSuchEntity");
  });

  it("replaces the trust policy only with a valid one", async () => {
    await newRole("Trusting");
    const next = trust({ AWS: admin.arn });
    await updateAssumeRolePolicy(t.db, { ...origin(root), roleName: "Trusting", policyDocument: next });
    expect((await getRole(t.db, { actor: root, roleName: "Trusting" })).assumeRolePolicyDocument).toBe(next);
    const notSts = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: dev.arn }, Action: "iam:ListUsers" }] });
    expect(await failure(updateAssumeRolePolicy(t.db, { ...origin(root), roleName: "Trusting", policyDocument: notSts }))).toEqual({
      code: "MalformedPolicyDocument",
      message: "AssumeRole policy may only specify STS AssumeRole actions.",
    });
    expect((await getRole(t.db, { actor: root, roleName: "Trusting" })).assumeRolePolicyDocument).toBe(next);
  });
});

describe("role tags", () => {
  it("tags up to 50 keys regardless of case; past 50 changes nothing; untags regardless of case", async () => {
    await newRole("Tagged");
    await tagRole(t.db, { ...origin(root), roleName: "Tagged", tags: Array.from({ length: 49 }, (_, i) => ({ key: `k${i}`, value: `v${i}` })) });
    await tagRole(t.db, { ...origin(root), roleName: "Tagged", tags: [{ key: "K0", value: "replaced" }, { key: "team", value: "blue" }] });
    expect(await listRoleTags(t.db, { actor: root, roleName: "Tagged" })).toHaveLength(50);
    expect(await failure(tagRole(t.db, { ...origin(root), roleName: "Tagged", tags: [{ key: "one-more", value: "" }] }))).toEqual({
      code: "LimitExceeded",
      message: "The number of tags has reached the maximum limit.",
    });
    await untagRole(t.db, { ...origin(root), roleName: "Tagged", tagKeys: ["TEAM", "absent"] });
    const tags = await listRoleTags(t.db, { actor: root, roleName: "Tagged" });
    expect(tags).toHaveLength(49);
    expect(tags.find((tag) => tag.key === "K0")).toEqual({ key: "K0", value: "replaced" });
  });
});

describe("DeleteRole", () => {
  it("refuses while a policy is attached or an inline policy remains, then deletes the role, its tags and its sessions", async () => {
    const role = await newRole("Doomed", trust({ AWS: dev.arn }), { tags: [{ key: "a", value: "b" }] });
    const attachment = await t.db.policyAttachment.create({
      data: { id: "att-1", accountId: root.accountId, policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess", roleId: role.roleId, attachedAt: now },
    });
    expect(await failure(deleteRole(t.db, { ...origin(root), roleName: "Doomed" }))).toEqual({
      code: "DeleteConflict",
      message: "Cannot delete entity, must detach all policies first.",
    });
    await t.db.policyAttachment.delete({ where: { id: attachment.id } });
    const inline = await t.db.inlinePolicy.create({
      data: { id: "inl-1", accountId: root.accountId, roleId: role.roleId, name: "p", document: "{}", createdAt: now, updatedAt: now },
    });
    expect(await failure(deleteRole(t.db, { ...origin(root), roleName: "Doomed" }))).toEqual({
      code: "DeleteConflict",
      message: "Cannot delete entity, must delete policies first.",
    });
    await t.db.inlinePolicy.delete({ where: { id: inline.id } });
    const session = await assumeRole(t.db, { ...origin(dev), roleArn: role.arn, roleSessionName: "s1", settings });
    await deleteRole(t.db, { ...origin(root), roleName: "Doomed" });
    expect((await failure(getRole(t.db, { actor: root, roleName: "Doomed" }))).code).toBe("NoSuchEntity");
    expect(await t.db.roleTag.count({ where: { roleId: role.roleId } })).toBe(0);
    expect(await findSigningCredentials(t.db, { accessKeyId: session.accessKeyId, now, encryptionKey: settings.encryptionKey })).toBeNull();
  });
});

describe("AssumeRole", () => {
  const denied = (caller: Principal, roleArn: string) =>
    `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`;

  it("gives a user the trust policy names a role session: ASIA credentials, the assumed-role ARN, a principal that signs as the session", async () => {
    const role = await newRole("Session", trust({ AWS: dev.arn }), { maxSessionDuration: 7200 });
    const assumed = await assumeRole(t.db, { ...origin(dev), roleArn: role.arn, roleSessionName: "dev-session", durationSeconds: 7200, settings });
    expect(assumed).toMatchObject({
      assumedRoleId: `${role.roleId}:dev-session`,
      arn: `arn:aws:sts::${root.accountId}:assumed-role/Session/dev-session`,
      expiration: at(7200_000),
    });
    expect(assumed.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    const signing = await findSigningCredentials(t.db, { accessKeyId: assumed.accessKeyId, now, encryptionKey: settings.encryptionKey });
    expect(signing).toMatchObject({ secretAccessKey: assumed.secretAccessKey, mfaAuthenticatedAt: null, issuedAt: now });
    const session = signing!.principal;
    expect(session).toMatchObject({ arn: assumed.arn, isRoot: false, userId: null, roleSession: { roleId: role.roleId, roleName: "Session", sessionName: "dev-session" } });
    expect(principalUserId(session)).toBe(assumed.assumedRoleId);
    expect(() => targetOf(session)).toThrow(nonUserCredentials());
    expect((await failure(listRoles(t.db, { actor: session }))).code).toBe("AccessDenied");

    const stored = await t.db.temporaryCredential.findUniqueOrThrow({ where: { id: assumed.accessKeyId } });
    expect(stored).toMatchObject({ roleId: role.roleId, roleSessionName: "dev-session", sourcePrincipalArn: dev.arn, userId: null });
    const [event] = (await storedEvents(t.db, root.accountId)).filter((e) => e.eventName === "AssumeRole" && !e.errorCode);
    expect(event).toMatchObject({ eventSource: "sts.amazonaws.com", principalArn: dev.arn });

    await markRoleUsed(t.db, { roleId: role.roleId, region: "us-east-1", now: at(1000) });
    expect((await getRole(t.db, { actor: root, roleName: "Session" })).lastUsed).toEqual({ at: at(1000), region: "us-east-1" });
  });

  it("refuses the root user, a caller the trust policy does not name, a role that does not exist, in AWS's words", async () => {
    const role = await newRole("OnlyDev");
    expect(await failure(assumeRole(t.db, { ...origin(root), roleArn: role.arn, roleSessionName: "r", settings }))).toEqual({
      code: "AccessDenied",
      message: "Roles may not be assumed by root accounts.",
    });
    const other = await newUser(t.db, root, "other", now, { policies: false });
    expect(await failure(assumeRole(t.db, { ...origin(other), roleArn: role.arn, roleSessionName: "o", settings }))).toEqual({
      code: "AccessDenied",
      message: denied(other, role.arn),
    });
    const missing = `arn:aws:iam::${root.accountId}:role/Missing`;
    expect(await failure(assumeRole(t.db, { ...origin(dev), roleArn: missing, roleSessionName: "d", settings }))).toEqual({
      code: "AccessDenied",
      message: denied(dev, missing),
    });
    const failed = (await storedEvents(t.db, root.accountId)).filter((e) => e.eventName === "AssumeRole" && e.errorCode === "AccessDenied");
    expect(failed.length).toBeGreaterThanOrEqual(3);
  });

  it("with a trust policy naming the account, allows those whose identity-based policies allow it (an administrator) and no one else", async () => {
    const role = await newRole("AccountWide", trust({ AWS: root.accountId }));
    await assumeRole(t.db, { ...origin(admin), roleArn: role.arn, roleSessionName: "a", settings });
    expect(await failure(assumeRole(t.db, { ...origin(dev), roleArn: role.arn, roleSessionName: "d", settings }))).toEqual({
      code: "AccessDenied",
      message: `${denied(dev, role.arn)} because no identity-based policy allows the sts:AssumeRole action`,
    });
  });

  it("keeps DurationSeconds within the role's maximum, and a session assumed with temporary credentials within an hour", async () => {
    // A role named in a trust policy must exist: the role trusts itself once it does.
    const role = await newRole("Short");
    await updateAssumeRolePolicy(t.db, { ...origin(root), roleName: "Short", policyDocument: trust({ AWS: [dev.arn, role.arn] }) });
    expect(await failure(assumeRole(t.db, { ...origin(dev), roleArn: role.arn, roleSessionName: "d", durationSeconds: 3601, settings }))).toEqual({
      code: "ValidationError",
      message: "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
    });
    await updateRole(t.db, { ...origin(root), roleName: "Short", maxSessionDuration: 43200 });
    const first = await assumeRole(t.db, { ...origin(dev), roleArn: role.arn, roleSessionName: "d", settings });
    expect(first.expiration).toEqual(at(3600_000));
    const session = (await findSigningCredentials(t.db, { accessKeyId: first.accessKeyId, now, encryptionKey: settings.encryptionKey }))!.principal;
    expect(await failure(assumeRole(t.db, { ...origin(session), roleArn: role.arn, roleSessionName: "chained", durationSeconds: 7200, settings }))).toEqual({
      code: "ValidationError",
      message: "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
    });
    const fromSessionToken = { issuedAt: now, mfaAuthenticatedAt: null };
    expect((await failure(assumeRole(t.db, { ...origin(dev), roleArn: role.arn, roleSessionName: "d", durationSeconds: 3601, callerSession: fromSessionToken, settings }))).message).toBe(
      "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
    );
    const chained = await assumeRole(t.db, { ...origin(session), roleArn: role.arn, roleSessionName: "chained", settings });
    expect(chained.arn).toBe(`arn:aws:sts::${root.accountId}:assumed-role/Short/chained`);
  });

  it("names a user with a path by its ARN, and counts the MFA of the signing session credentials", async () => {
    const { userId } = await createUser(t.db, { accountId: root.accountId, userName: "pathed", path: "/division/", ...origin(root) });
    const pathed = (await getPrincipal(t.db, root.accountId, userId))!;
    const role = await newRole("ForPathed", trust({ AWS: pathed.arn }, { Bool: { "aws:MultiFactorAuthPresent": "true" } }));
    const request = (callerSession?: { issuedAt: Date; mfaAuthenticatedAt: Date | null }) =>
      assumeRole(t.db, { ...origin(pathed), roleArn: role.arn, roleSessionName: "p", callerSession, settings });
    expect((await failure(request({ issuedAt: now, mfaAuthenticatedAt: null }))).code).toBe("AccessDenied");
    const assumed = await request({ issuedAt: at(-60_000), mfaAuthenticatedAt: at(-60_000) });
    expect((await findSigningCredentials(t.db, { accessKeyId: assumed.accessKeyId, now, encryptionKey: settings.encryptionKey }))?.mfaAuthenticatedAt).toEqual(at(-60_000));
  });

  it("checks sts:ExternalId when the trust policy asks for one", async () => {
    const role = await newRole("External", trust({ AWS: dev.arn }, { StringEquals: { "sts:ExternalId": "ext-123" } }));
    expect((await failure(assumeRole(t.db, { ...origin(dev), roleArn: role.arn, roleSessionName: "d", settings }))).code).toBe("AccessDenied");
    expect((await failure(assumeRole(t.db, { ...origin(dev), roleArn: role.arn, roleSessionName: "d", externalId: "wrong-1", settings }))).code).toBe("AccessDenied");
    await assumeRole(t.db, { ...origin(dev), roleArn: role.arn, roleSessionName: "d", externalId: "ext-123", settings });
  });

  it("with a trust policy requiring MFA: refused without a code, allowed with the caller's code once, refused when the code is replayed", async () => {
    const mfaUser = await newUser(t.db, root, "mfa-user", now, { policies: false, mfa: false });
    const device = await startVirtualMfaSetup(t.db, { ...origin(root), userName: "mfa-user", settings });
    const step = timeStepAt(now);
    await enableMfaDevice(t.db, {
      ...origin(root),
      userName: "mfa-user",
      serialNumber: device.serialNumber,
      code1: codeAtStep(device.seed, step - 2),
      code2: codeAtStep(device.seed, step - 1),
      settings,
    });
    const role = await newRole("NeedsMfa", trust({ AWS: mfaUser.arn }, { Bool: { "aws:MultiFactorAuthPresent": "true" } }));
    const request = (extra: object = {}) => assumeRole(t.db, { ...origin(mfaUser), roleArn: role.arn, roleSessionName: "mfa", settings, ...extra });

    expect(await failure(request())).toEqual({ code: "AccessDenied", message: denied(mfaUser, role.arn) });
    const code = codeAtStep(device.seed, step);
    const assumed = await request({ serialNumber: device.serialNumber, tokenCode: code });
    const signing = await findSigningCredentials(t.db, { accessKeyId: assumed.accessKeyId, now, encryptionKey: settings.encryptionKey });
    expect(signing?.mfaAuthenticatedAt).toEqual(now);
    expect(await failure(request({ serialNumber: device.serialNumber, tokenCode: code }))).toEqual({
      code: "AccessDenied",
      message: "MultiFactorAuthentication failed with invalid MFA one time pass code.",
    });
    expect(await failure(request({ serialNumber: `arn:aws:iam::${root.accountId}:mfa/nobody`, tokenCode: codeAtStep(device.seed, step + 1) }))).toEqual({
      code: "AccessDenied",
      message: "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.",
    });
    const later = new Date(now.getTime() + TOTP_STEP_SECONDS * 1000);
    await assumeRole(t.db, { ...origin(mfaUser, later), roleArn: role.arn, roleSessionName: "mfa", serialNumber: device.serialNumber, tokenCode: codeAtStep(device.seed, step + 1), settings });
  });
});

describe("GetAccountSummary", () => {
  it("answers AWS's 34 keys, counting the account's roles, groups and policies from their tables", async () => {
    const other = await newAccount(t.db, "summary-owner@example.com", now);
    await createRole(t.db, { ...origin(other), roleName: "One", assumeRolePolicyDocument: trust({ AWS: other.accountId }) });
    await t.db.group.create({ data: { id: "AGPAEXAMPLE0000000001", accountId: other.accountId, name: "g", nameKey: "g", arn: `arn:aws:iam::${other.accountId}:group/g`, createdAt: now } });
    const summary = await getAccountSummary(t.db, { actor: other });
    expect(Object.keys(summary)).toHaveLength(34);
    expect(summary).toMatchObject({
      Users: 0,
      Roles: 1,
      Groups: 1,
      Policies: 0,
      PolicyVersionsInUse: 0,
      AccountMFAEnabled: 0,
      AccountAccessKeysPresent: 0,
      AccountPasswordPresent: 1,
      AccessKeysPerUserQuota: 2,
      SigningCertificatesPerUserQuota: 2,
      AssumeRolePolicySizeQuota: 2048,
      RolesQuota: 1000,
      VersionsPerPolicyQuota: 5,
    });
  });
});
