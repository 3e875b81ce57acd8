import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPasswordSignIn } from "@/lib/auth/password-sign-in";
import { decryptSecret } from "@/lib/mfa/secret-crypto";
import { iamError, newAccount, newUser, storedEvents } from "@/test/support/iam-fixtures";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { deleteAccountPasswordPolicy, getAccountPasswordPolicy, updateAccountPasswordPolicy } from "./account-password-policy";
import { changePassword } from "./change-password";
import { createAccessKey } from "./create-access-key";
import { createLoginProfile } from "./create-login-profile";
import { generateCredentialReport, getCredentialReport, REPORT_REUSE_MS } from "./credential-report";
import { deleteUser } from "./delete-user";
import { getAccessKeyInfo } from "./get-access-key-info";
import { getAccessKeyLastUsed } from "./get-access-key-last-used";
import { getSessionToken } from "./get-session-token";
import { getUser } from "./get-user";
import { getUserLoginProfile, updateLoginProfile } from "./login-profiles";
import type { Principal } from "./principal";
import {
  createServiceSpecificCredential,
  deleteServiceSpecificCredential,
  listServiceSpecificCredentials,
  resetServiceSpecificCredential,
} from "./service-specific-credentials";
import type { IamSettings } from "./settings";
import { markAccessKeyUsed } from "./signing-credentials";
import { deleteSigningCertificate, listSigningCertificates, updateSigningCertificate, uploadSigningCertificate } from "./signing-certificates";
import { deleteSshPublicKey, getSshPublicKey, listSshPublicKeys, uploadSshPublicKey } from "./ssh-public-keys";
import { updateUser } from "./update-user";
import { listUserTags, tagUser, untagUser } from "./user-tags";

// Certificates and keys made by openssl and ssh-keygen (test/fixtures/credentials), not by the lab.
const fixture = (name: string) => readFileSync(path.resolve("test/fixtures/credentials", name), "utf8");
const settings: IamSettings = { encryptionKey: randomBytes(32), mfaDevicesPerUser: 1 };
const now = new Date("2027-03-11T09:00:00Z");
const at = (ms: number) => new Date(now.getTime() + ms);
const origin = (actor: Principal, when = now) => ({ actor, now: when, context: TEST_CONTEXT });

let t: Awaited<ReturnType<typeof createTestDb>>;
let root: Principal;

beforeAll(async () => {
  t = await createTestDb();
  root = await newAccount(t.db, "credentials-owner@example.com", now);
});
afterAll(() => t.close());

const failure = async (promise: Promise<unknown>) => {
  const error = await iamError(promise);
  return { code: error.code, message: error.message };
};

describe("UpdateUser and user tags", () => {
  it("renames and moves a user: the ARN follows, the old name is free, a taken name is refused and nothing changes", async () => {
    const ana = await newUser(t.db, root, "ana", now);
    await newUser(t.db, root, "bea", now);
    expect(await failure(updateUser(t.db, { ...origin(root), userName: "ana", newUserName: "BEA" }))).toEqual({
      code: "EntityAlreadyExists",
      message: "User with name BEA already exists.",
    });
    expect(await getUser(t.db, { actor: root, userName: "ana" })).toMatchObject({ arn: `arn:aws:iam::${root.accountId}:user/ana` });

    await updateUser(t.db, { ...origin(root), userName: "ana", newUserName: "ana-renamed", newPath: "/division/" });
    expect(await getUser(t.db, { actor: root, userName: "ana-renamed" })).toMatchObject({
      userId: ana.userId,
      path: "/division/",
      arn: `arn:aws:iam::${root.accountId}:user/division/ana-renamed`,
    });
    expect((await failure(getUser(t.db, { actor: root, userName: "ana" }))).code).toBe("NoSuchEntity");
    const [event] = (await storedEvents(t.db, root.accountId)).filter((e) => e.eventName === "UpdateUser");
    expect(JSON.parse(event.requestParameters!)).toEqual({ userName: "ana", newUserName: "ana-renamed", newPath: "/division/" });
  });

  it("tags a user up to 50 keys, regardless of case; a request past 50 or naming a key twice changes nothing", async () => {
    await newUser(t.db, root, "tagged", now);
    const tags = Array.from({ length: 49 }, (_, i) => ({ key: `k${i}`, value: `v${i}` }));
    await tagUser(t.db, { ...origin(root), userName: "tagged", tags });
    await tagUser(t.db, { ...origin(root), userName: "tagged", tags: [{ key: "K0", value: "replaced" }, { key: "team", value: "blue" }] });
    const listed = await listUserTags(t.db, { actor: root, userName: "tagged" });
    expect(listed).toHaveLength(50);
    expect(listed).toContainEqual({ key: "K0", value: "replaced" });

    expect(await failure(tagUser(t.db, { ...origin(root), userName: "tagged", tags: [{ key: "one-more", value: "x" }] }))).toEqual({
      code: "LimitExceeded",
      message: "The number of tags has reached the maximum limit.",
    });
    expect(await failure(tagUser(t.db, { ...origin(root), userName: "tagged", tags: [{ key: "a", value: "1" }, { key: "A", value: "2" }] }))).toEqual({
      code: "InvalidInput",
      message: "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
    });
    expect(await listUserTags(t.db, { actor: root, userName: "tagged" })).toEqual(listed);

    await untagUser(t.db, { ...origin(root), userName: "tagged", tagKeys: ["TEAM", "absent"] });
    expect((await listUserTags(t.db, { actor: root, userName: "tagged" })).map((tag) => tag.key)).not.toContain("team");
  });
});

describe("the account password policy", () => {
  it("is absent at first, set with AWS's defaults for what is left out, read back and deleted, with AWS's messages", async () => {
    expect(await failure(getAccountPasswordPolicy(t.db, { actor: root }))).toEqual({
      code: "NoSuchEntity",
      message: `The Password Policy with domain name ${root.accountId} cannot be found.`,
    });
    expect(await failure(deleteAccountPasswordPolicy(t.db, origin(root)))).toEqual({
      code: "NoSuchEntity",
      message: "The account policy with name PasswordPolicy cannot be found.",
    });
    await updateAccountPasswordPolicy(t.db, { ...origin(root), policy: { requireNumbers: true } });
    expect(await getAccountPasswordPolicy(t.db, { actor: root })).toEqual({
      minimumPasswordLength: 6,
      requireSymbols: false,
      requireNumbers: true,
      requireUppercaseCharacters: false,
      requireLowercaseCharacters: false,
      allowUsersToChangePassword: false,
      maxPasswordAge: null,
      passwordReusePrevention: null,
      hardExpiry: null,
    });
    await deleteAccountPasswordPolicy(t.db, origin(root));
    expect((await failure(getAccountPasswordPolicy(t.db, { actor: root }))).code).toBe("NoSuchEntity");
  });

  it("is enforced by CreateLoginProfile, UpdateLoginProfile and ChangePassword, reuse included, and a refused password changes nothing", async () => {
    const admin = await newUser(t.db, root, "policy-admin", now, { isAdmin: true });
    const carl = await newUser(t.db, root, "carl", now);
    // No policy: AWS's default (8 characters, three kinds) applies.
    expect((await failure(createLoginProfile(t.db, { ...origin(admin), userName: "carl", password: "short1A" }))).code).toBe("PasswordPolicyViolation");
    await updateAccountPasswordPolicy(t.db, {
      ...origin(admin),
      policy: { minimumPasswordLength: 12, requireSymbols: true, requireNumbers: true, passwordReusePrevention: 2 },
    });
    expect(await failure(createLoginProfile(t.db, { ...origin(admin), userName: "carl", password: "Long-enough-but-no-digit" }))).toEqual({
      code: "PasswordPolicyViolation",
      message: "Password does not conform to the account password policy.",
    });
    expect((await failure(getUserLoginProfile(t.db, { actor: admin, userName: "carl" }))).message).toBe("Login Profile for User carl cannot be found.");

    await createLoginProfile(t.db, { ...origin(admin), userName: "carl", password: "first-pass-123!", passwordResetRequired: true });
    expect(await getUserLoginProfile(t.db, { actor: admin, userName: "carl" })).toEqual({ userName: "carl", createDate: now, passwordResetRequired: true });

    expect((await failure(updateLoginProfile(t.db, { ...origin(admin), userName: "carl", password: "nodigits-here!!" }))).code).toBe("PasswordPolicyViolation");
    // The same password again is a reuse.
    expect((await failure(updateLoginProfile(t.db, { ...origin(admin), userName: "carl", password: "first-pass-123!" }))).code).toBe("PasswordPolicyViolation");
    const signIn = (password: string) => verifyPasswordSignIn(t.db, { kind: "iam", account: root.accountId, userName: "carl", password }, { now, context: TEST_CONTEXT });
    expect(await signIn("first-pass-123!")).not.toBeNull();

    await changePassword(t.db, { ...origin(carl, at(1000)), oldPassword: "first-pass-123!", newPassword: "second-pass-456!" });
    expect(await getUserLoginProfile(t.db, { actor: admin, userName: "carl" })).toMatchObject({ passwordResetRequired: false });
    // Two passwords remembered: the first is still refused, after a third it is allowed again.
    expect((await failure(changePassword(t.db, { ...origin(carl, at(2000)), oldPassword: "second-pass-456!", newPassword: "first-pass-123!" }))).code).toBe(
      "PasswordPolicyViolation",
    );
    await changePassword(t.db, { ...origin(carl, at(3000)), oldPassword: "second-pass-456!", newPassword: "third-pass-789!" });
    await changePassword(t.db, { ...origin(carl, at(4000)), oldPassword: "third-pass-789!", newPassword: "first-pass-123!" });
    expect(await signIn("first-pass-123!")).not.toBeNull();

    const history = await t.db.passwordHistory.findMany({ where: { userId: carl.userId! } });
    expect(history).toHaveLength(4);
    expect(JSON.stringify(history)).not.toMatch(/first-pass|second-pass|third-pass/);
    const events = JSON.stringify(await storedEvents(t.db, root.accountId));
    expect(events).not.toMatch(/first-pass|second-pass|third-pass|Long-enough/);
    await deleteAccountPasswordPolicy(t.db, origin(root));
  });
});

describe("the credentials a cleanup walks before DeleteUser", () => {
  it("signing certificates: parsed X.509, AWS's errors, two per user, one upload per account", async () => {
    await newUser(t.db, root, "certs", now);
    const upload = (body: string, when = now, userName = "certs") => uploadSigningCertificate(t.db, { ...origin(root, when), userName, certificateBody: body });
    expect(await failure(upload("not a certificate"))).toEqual({ code: "MalformedCertificate", message: "Certificate not a certificate is malformed." });
    expect((await failure(upload(fixture("cert-rsa-1.pem"), new Date("2200-01-01T00:00:00Z")))).code).toBe("MalformedCertificate");
    expect((await failure(upload(fixture("cert-ec.pem")))).code).toBe("InvalidCertificate");
    const first = await upload(fixture("cert-rsa-1.pem"));
    expect(first).toMatchObject({ userName: "certs", status: "Active", uploadDate: now });
    expect(first.certificateId).toMatch(/^[A-Z2-7]{32}$/);
    expect((await failure(upload(fixture("cert-rsa-1.pem"), now, "tagged"))).code).toBe("DuplicateCertificate");
    await upload(fixture("cert-rsa-2.pem"));
    expect(await failure(upload(fixture("cert-rsa-3.pem")))).toEqual({ code: "LimitExceeded", message: "Cannot exceed quota for CertificatesPerUser: 2" });
    expect(await listSigningCertificates(t.db, { actor: root, userName: "certs" })).toHaveLength(2);
    await updateSigningCertificate(t.db, { ...origin(root), userName: "certs", certificateId: first.certificateId, status: "Inactive" });
    expect((await listSigningCertificates(t.db, { actor: root, userName: "certs" }))[0]).toMatchObject({ status: "Inactive" });
    expect(await failure(deleteSigningCertificate(t.db, { ...origin(root), userName: "certs", certificateId: "NONEXISTENTCERTID12345678901" }))).toEqual({
      code: "NoSuchEntity",
      message: "The Certificate with id NONEXISTENTCERTID12345678901 cannot be found.",
    });
  });

  it("SSH public keys: OpenSSH or PEM, ssh-keygen's MD5 fingerprint, AWS's errors, answered in either encoding", async () => {
    await newUser(t.db, root, "ssh", now);
    const upload = (body: string) => uploadSshPublicKey(t.db, { ...origin(root), userName: "ssh", sshPublicKeyBody: body });
    expect((await failure(upload(fixture("ed25519.pub")))).code).toBe("UnrecognizedPublicKeyEncoding");
    expect((await failure(upload("ssh-rsa AAAAB3NzaC1yc2EAAAADAQAB"))).code).toBe("InvalidPublicKey");
    expect((await failure(upload(fixture("rsa-1024.pub")))).code).toBe("InvalidPublicKey");
    const key = await upload(fixture("rsa-2048.pub"));
    expect(key.fingerprint).toBe(fixture("rsa-2048.md5").trim());
    expect(key.sshPublicKeyId).toMatch(/^APKA[A-Z2-7]{17}$/);
    // The same key in PEM is the same key.
    expect((await failure(upload(fixture("rsa-2048.pem")))).code).toBe("DuplicateSSHPublicKey");
    const asPem = await getSshPublicKey(t.db, { actor: root, userName: "ssh", sshPublicKeyId: key.sshPublicKeyId, encoding: "PEM" });
    expect(asPem.sshPublicKeyBody.replace(/\s/g, "")).toBe(fixture("rsa-2048.pem").replace(/\s/g, ""));
    const asSsh = await getSshPublicKey(t.db, { actor: root, userName: "ssh", sshPublicKeyId: key.sshPublicKeyId, encoding: "SSH" });
    expect(asSsh.sshPublicKeyBody).toBe(fixture("rsa-2048.pub").trim());
    expect(await listSshPublicKeys(t.db, { actor: root, userName: "ssh" })).toEqual([{ userName: "ssh", sshPublicKeyId: key.sshPublicKeyId, status: "Active", uploadDate: now }]);
  });

  it("service-specific credentials: AWS's user names, the password encrypted at rest, two per service", async () => {
    await newUser(t.db, root, "git", now);
    const create = (serviceName = "codecommit.amazonaws.com") => createServiceSpecificCredential(t.db, { ...origin(root), userName: "git", serviceName, settings });
    expect(await failure(create("s3.amazonaws.com"))).toEqual({ code: "NoSuchEntity", message: "No such service s3.amazonaws.com is supported for Service Specific Credentials" });
    const first = await create();
    const second = await create();
    expect([first.serviceUserName, second.serviceUserName]).toEqual([`git-at-${root.accountId}`, `git+1-at-${root.accountId}`]);
    expect(first.servicePassword).toMatch(/^[A-Za-z0-9+/]{59}=$/);
    expect((await failure(create())).code).toBe("LimitExceeded");
    const stored = await t.db.serviceSpecificCredential.findUniqueOrThrow({ where: { id: first.serviceSpecificCredentialId } });
    expect(stored.passwordCiphertext).not.toContain(first.servicePassword);
    expect(decryptSecret(stored.passwordCiphertext, settings.encryptionKey)).toBe(first.servicePassword);
    const reset = await resetServiceSpecificCredential(t.db, { ...origin(root), userName: "git", serviceSpecificCredentialId: first.serviceSpecificCredentialId, settings });
    expect(reset.servicePassword).not.toBe(first.servicePassword);
    expect(await listServiceSpecificCredentials(t.db, { actor: root, userName: "git", serviceName: "cassandra.amazonaws.com" })).toEqual([]);
    expect(await listServiceSpecificCredentials(t.db, { actor: root, userName: "git" })).toHaveLength(2);
    expect(JSON.stringify(await storedEvents(t.db, root.accountId))).not.toContain(first.servicePassword);
  });

  it("DeleteUser answers DeleteConflict while any credential remains, one kind after the other, and succeeds once they are gone", async () => {
    await newUser(t.db, root, "leaver", now, { password: "Leaver-pass-1", policies: false });
    const { accessKeyId } = await createAccessKey(t.db, { ...origin(root), userName: "leaver", settings });
    const certificate = await uploadSigningCertificate(t.db, { ...origin(root), userName: "leaver", certificateBody: fixture("cert-rsa-3.pem") });
    const sshKey = await uploadSshPublicKey(t.db, { ...origin(root), userName: "leaver", sshPublicKeyBody: fixture("rsa-2048.pub") });
    const credential = await createServiceSpecificCredential(t.db, { ...origin(root), userName: "leaver", serviceName: "codecommit.amazonaws.com", settings });
    const attempt = () => failure(deleteUser(t.db, { ...origin(root), userName: "leaver" }));

    expect(await attempt()).toEqual({ code: "DeleteConflict", message: "Cannot delete entity, must delete login profile first." });
    await t.db.user.updateMany({ where: { nameKey: "leaver" }, data: { passwordHash: null } });
    expect((await attempt()).message).toBe("Cannot delete entity, must delete access keys first.");
    await t.db.accessKey.delete({ where: { id: accessKeyId } });
    expect((await attempt()).message).toBe("Cannot delete entity, must delete signing certificates first.");
    await deleteSigningCertificate(t.db, { ...origin(root), userName: "leaver", certificateId: certificate.certificateId });
    expect((await attempt()).message).toBe("Cannot delete entity, must delete SSH public keys first.");
    await deleteSshPublicKey(t.db, { ...origin(root), userName: "leaver", sshPublicKeyId: sshKey.sshPublicKeyId });
    expect((await attempt()).message).toBe("Cannot delete entity, must delete service specific credentials first.");
    await deleteServiceSpecificCredential(t.db, { ...origin(root), userName: "leaver", serviceSpecificCredentialId: credential.serviceSpecificCredentialId });
    await deleteUser(t.db, { ...origin(root), userName: "leaver" });
    expect((await failure(getUser(t.db, { actor: root, userName: "leaver" }))).code).toBe("NoSuchEntity");
  });

  it("the console's Delete user takes every credential with it, each deletion recorded", async () => {
    await newUser(t.db, root, "console-leaver", now, { password: "Leaver-pass-1" });
    await uploadSshPublicKey(t.db, { ...origin(root), userName: "console-leaver", sshPublicKeyBody: fixture("rsa-2048.pub") });
    await createServiceSpecificCredential(t.db, { ...origin(root), userName: "console-leaver", serviceName: "cassandra.amazonaws.com", settings });
    await deleteUser(t.db, { ...origin(root), userName: "console-leaver", deleteCredentials: true });
    const names = (await storedEvents(t.db, root.accountId)).filter((e) => e.requestParameters?.includes("console-leaver")).map((e) => e.eventName);
    expect(names).toEqual(expect.arrayContaining(["DeleteLoginProfile", "DeleteSSHPublicKey", "DeleteServiceSpecificCredential", "DeleteUser"]));
  });
});

describe("access keys and STS", () => {
  it("GetAccessKeyLastUsed answers N/A before the first use, then the date, service and region; GetAccessKeyInfo reads the account from any key id", async () => {
    const { accessKeyId } = await createAccessKey(t.db, { ...origin(root), settings });
    expect(await getAccessKeyLastUsed(t.db, { actor: root, accessKeyId })).toEqual({ userName: null, lastUsedDate: null, serviceName: "N/A", region: "N/A" });
    await markAccessKeyUsed(t.db, { accessKeyId, service: "sts", region: "ap-northeast-2", now: at(5000) });
    expect(await getAccessKeyLastUsed(t.db, { actor: root, accessKeyId })).toEqual({ userName: null, lastUsedDate: at(5000), serviceName: "sts", region: "ap-northeast-2" });

    expect(await getAccessKeyInfo(t.db, root, accessKeyId)).toEqual({ account: root.accountId });
    // AWS's own examples of the encoding (ids of keys this lab never issued).
    expect(await getAccessKeyInfo(t.db, root, "AKIAQYLPMN5HHHFPZAM2")).toEqual({ account: "052310077262" });
    expect(await getAccessKeyInfo(t.db, root, "ASIAY34FZKBOKMUTVV7A")).toEqual({ account: "609629065308" });
  });

  it("GetSessionToken gives the root user one hour at most, whatever is asked; an IAM user what is asked", async () => {
    const token = (actor: Principal, durationSeconds?: number) =>
      getSessionToken(t.db, { ...origin(actor), callerIsTemporary: false, durationSeconds, settings });
    expect((await token(root, 43_200)).expiration).toEqual(at(3_600_000));
    expect((await token(root)).expiration).toEqual(at(3_600_000));
    expect((await token(root, 900)).expiration).toEqual(at(900_000));
    const dev = await newUser(t.db, root, "sts-user", now);
    expect((await token(dev, 43_200)).expiration).toEqual(at(43_200_000));
  });
});

describe("the credential report", () => {
  it("is not present at first, STARTED then COMPLETE, reused for four hours, then expired; its CSV holds AWS's columns from real data", async () => {
    const other = await newAccount(t.db, "report-owner@example.com", now);
    expect(await failure(getCredentialReport(t.db, { actor: other, now }))).toEqual({ code: "ReportNotPresent", message: "" });
    await newUser(t.db, other, "reporter", now, { password: "Reporter-pass-1" });
    const { accessKeyId } = await createAccessKey(t.db, { ...origin(other), userName: "reporter", settings });
    await markAccessKeyUsed(t.db, { accessKeyId, service: "iam", region: "us-east-1", now: at(1000) });

    expect(await generateCredentialReport(t.db, origin(other, at(2000)))).toEqual({ state: "STARTED", description: "No report exists. Starting a new report generation task" });
    expect(await generateCredentialReport(t.db, origin(other, at(3000)))).toEqual({ state: "COMPLETE" });
    const report = await getCredentialReport(t.db, { actor: other, now: at(4000) });
    expect(report.generatedTime).toEqual(at(2000));
    const [header, rootRow, userRow] = report.content.split("\n").map((line) => line.split(","));
    expect(header).toHaveLength(22);
    expect(Object.fromEntries(header.map((h, i) => [h, rootRow[i]]))).toMatchObject({
      user: "<root_account>",
      arn: `arn:aws:iam::${other.accountId}:root`,
      password_enabled: "not_supported",
      mfa_active: "false",
      access_key_1_active: "false",
    });
    expect(Object.fromEntries(header.map((h, i) => [h, userRow[i]]))).toMatchObject({
      user: "reporter",
      password_enabled: "true",
      password_last_used: "no_information",
      password_last_changed: "2027-03-11T09:00:00+00:00",
      password_next_rotation: "N/A",
      access_key_1_active: "true",
      access_key_1_last_used_date: "2027-03-11T09:00:01+00:00",
      access_key_1_last_used_region: "us-east-1",
      access_key_1_last_used_service: "iam",
      access_key_2_active: "false",
      cert_1_active: "false",
    });
    expect((await failure(getCredentialReport(t.db, { actor: other, now: at(2000 + REPORT_REUSE_MS) }))).code).toBe("ReportExpired");
    expect((await generateCredentialReport(t.db, origin(other, at(2000 + REPORT_REUSE_MS)))).state).toBe("STARTED");
  });
});
