import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createChallenge } from "@/lib/auth/sign-in-challenge";
import { createConsoleSession } from "@/lib/auth/console-session";
import type { Db } from "@/lib/db/types";
import { createAccessKey } from "@/lib/iam/create-access-key";
import { updateAccountPasswordPolicy } from "@/lib/iam/account-password-policy";
import { createAccountAlias } from "@/lib/iam/create-account-alias";
import { generateCredentialReport } from "@/lib/iam/credential-report";
import { createVirtualMfaDevice } from "@/lib/iam/create-virtual-mfa-device";
import { enableMfaDevice } from "@/lib/iam/enable-mfa-device";
import { getSessionToken } from "@/lib/iam/get-session-token";
import type { Principal } from "@/lib/iam/principal";
import { createServiceSpecificCredential } from "@/lib/iam/service-specific-credentials";
import { setRequireMfaForApi } from "@/lib/iam/set-require-mfa-for-api";
import { uploadSigningCertificate } from "@/lib/iam/signing-certificates";
import { uploadSshPublicKey } from "@/lib/iam/ssh-public-keys";
import { tagUser } from "@/lib/iam/user-tags";
import type { IamSettings } from "@/lib/iam/settings";
import { startVirtualMfaSetup } from "@/lib/iam/start-virtual-mfa-setup";
import { tagMfaDevice } from "@/lib/iam/tag-mfa-device";
import { codeAtStep, timeStepAt } from "@/lib/mfa/totp";
import { newUser } from "./iam-fixtures";
import { TEST_CONTEXT } from "./test-db";

export const TEST_SETTINGS: IamSettings = { encryptionKey: randomBytes(32), mfaDevicesPerUser: 1 };

/** Assigns a device to the root user (no `userName`) or to `userName`, through the console wizard's two steps. */
async function assignDevice(db: Db, root: Principal, now: Date, userName?: string) {
  const device = await startVirtualMfaSetup(db, { actor: root, userName, settings: TEST_SETTINGS, now, context: TEST_CONTEXT });
  const s = timeStepAt(now);
  const codes = { code1: codeAtStep(device.seed, s - 1), code2: codeAtStep(device.seed, s) };
  await enableMfaDevice(db, { actor: root, userName, serialNumber: device.serialNumber, ...codes, settings: TEST_SETTINGS, now, context: TEST_CONTEXT });
  return device;
}

/**
 * Fills `root`'s account with one of everything an account can hold: an administrator and a user with
 * passwords, MFA devices (assigned to the user and to the root user, a tagged one, an unassigned one),
 * access keys of both, STS credentials, a pending MFA sign-in, console sessions, an alias, "Require MFA
 * for API calls", user tags, a signing certificate of the root user, an SSH key and a service-specific
 * credential of the user, a password policy, a credential report and their events. Returns the IAM users.
 */
export async function populateAccount(db: Db, root: Principal, now: Date) {
  const context = TEST_CONTEXT;
  const settings = TEST_SETTINGS;
  const admin = await newUser(db, root, "Ops", now, { isAdmin: true, password: "Ops-pass-2021" });
  const bob = await newUser(db, root, "Bob", now, { password: "Bob-pass-2021" });
  const bobDevice = await assignDevice(db, root, now, "Bob");
  await assignDevice(db, root, now);
  await tagMfaDevice(db, { actor: root, serialNumber: bobDevice.serialNumber, tags: [{ key: "team", value: "lab" }], now, context });
  await createVirtualMfaDevice(db, { actor: root, name: "spare", settings, now, context });
  await createAccessKey(db, { actor: root, settings, now, context });
  await createAccessKey(db, { actor: root, userName: "Bob", settings, now, context });
  await getSessionToken(db, { actor: root, callerIsTemporary: false, settings, now, context });
  await getSessionToken(db, { actor: bob, callerIsTemporary: false, settings, now, context });
  await createChallenge(db, { principal: bob, now });
  await createConsoleSession(db, { principal: admin, now });
  await createAccountAlias(db, { actor: root, accountAlias: `lab-${root.accountId}`, now, context });
  await setRequireMfaForApi(db, { actor: root, required: true, now, context });
  await tagUser(db, { actor: root, userName: "Bob", tags: [{ key: "team", value: "lab" }], now, context });
  // Within the fixture certificate's validity, whatever `now` the test runs at.
  const certificateBody = readFileSync(path.resolve("test/fixtures/credentials/cert-rsa-2.pem"), "utf8");
  await uploadSigningCertificate(db, { actor: root, certificateBody, now: new Date(), context });
  await uploadSshPublicKey(db, { actor: root, userName: "Bob", sshPublicKeyBody: readFileSync(path.resolve("test/fixtures/credentials/rsa-2048.pub"), "utf8"), now, context });
  await createServiceSpecificCredential(db, { actor: root, userName: "Bob", serviceName: "codecommit.amazonaws.com", settings, now, context });
  await updateAccountPasswordPolicy(db, { actor: root, policy: { minimumPasswordLength: 10, passwordReusePrevention: 3 }, now, context });
  await generateCredentialReport(db, { actor: root, now, context });
  return { admin, bob };
}

/** How many rows of each kind the account holds. */
export async function rowCounts(db: Db, accountId: string) {
  const where = { accountId };
  return {
    users: await db.user.count({ where }),
    mfaDevices: await db.mfaDevice.count({ where }),
    mfaDeviceTags: await db.mfaDeviceTag.count({ where: { device: where } }),
    accessKeys: await db.accessKey.count({ where }),
    temporaryCredentials: await db.temporaryCredential.count({ where }),
    signInChallenges: await db.signInChallenge.count({ where }),
    consoleSessions: await db.consoleSession.count({ where }),
    events: await db.event.count({ where }),
    userTags: await db.userTag.count({ where: { user: where } }),
    signingCertificates: await db.signingCertificate.count({ where }),
    sshPublicKeys: await db.sshPublicKey.count({ where: { user: where } }),
    serviceSpecificCredentials: await db.serviceSpecificCredential.count({ where: { user: where } }),
    passwordHistory: await db.passwordHistory.count({ where: { user: where } }),
    passwordPolicies: await db.accountPasswordPolicy.count({ where }),
    credentialReports: await db.credentialReport.count({ where }),
  };
}
