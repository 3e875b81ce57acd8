import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorize } from "@/lib/iam/authorize";
import { createAccountAlias } from "@/lib/iam/create-account-alias";
import { createRole } from "@/lib/iam/create-role";
import { userArn } from "@/lib/iam/arn";
import { arnResource, usersResource } from "@/lib/iam/iam-actions";
import { enableMfaDevice } from "@/lib/iam/enable-mfa-device";
import { putInlinePolicy } from "@/lib/iam/inline-policies";
import { practiceTokenCodes } from "@/lib/iam/practice-tokens";
import { timeStepAt } from "@/lib/mfa/totp";
import { attachPolicy } from "@/lib/iam/policy-attachments";
import type { Principal } from "@/lib/iam/principal";
import type { IamSettings } from "@/lib/iam/settings";
import { iamError, newAccount, newUser, storedEvents } from "@/test/support/iam-fixtures";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { endRoleSession, findRoleSession, type RoleTicket, switchRole, SWITCH_REFUSED } from "./switch-role";
import { type SwitchRoleForm, switchRoleSchema } from "./switch-role-form";

const settings: IamSettings = { encryptionKey: randomBytes(32), mfaDevicesPerUser: 1 };
const now = new Date("2027-06-01T09:00:00Z");
const at = (ms: number) => new Date(now.getTime() + ms);
const HOUR_MS = 3_600_000;

let t: Awaited<ReturnType<typeof createTestDb>>;
let root: Principal;
/** Signed in to the console without MFA, and with MFA (the console session's request facts). */
let plain: Principal;
let withMfa: Principal;

/** The console session of `user` that began at `signedInAt`, with or without MFA. */
const session = (user: Principal, signedInAt: Date, mfa: boolean): Principal => ({
  ...user,
  request: { now: signedInAt, session: { issuedAt: signedInAt, mfaAuthenticatedAt: mfa ? signedInAt : null } },
});

const form = (fields: Partial<Record<keyof SwitchRoleForm, string>>): SwitchRoleForm => switchRoleSchema.parse({ account: root.accountId, ...fields });
const switching = (user: Principal, fields: Partial<Record<keyof SwitchRoleForm, string>>, when = now) =>
  switchRole(t.db, { user, form: form(fields), now: when, context: TEST_CONTEXT, settings });
const active = (ticket: RoleTicket, user: Principal, when = now, sessionStartedAt = now) =>
  findRoleSession(t.db, { ticket, user: { ...user, request: { ...user.request!, now: when } }, sessionStartedAt, now: when });

const trust = (principal: string, condition?: object) =>
  JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: principal }, Action: "sts:AssumeRole", ...(condition && { Condition: condition }) }] });

beforeAll(async () => {
  t = await createTestDb();
  root = await newAccount(t.db, "switch-role@example.com", now);
  await createAccountAlias(t.db, { actor: root, now, context: TEST_CONTEXT, accountAlias: "switch-lab" });
  root = { ...root, accountAlias: "switch-lab" };
  const ana = await newUser(t.db, root, "ana", now, { policies: false, mfa: false });
  plain = session(ana, now, false);
  withMfa = session(ana, now, true);
  const origin = { actor: root, now, context: TEST_CONTEXT };
  // Readers: the user named in the trust policy, only with MFA; IAMReadOnlyAccess.
  await createRole(t.db, { ...origin, roleName: "Readers", assumeRolePolicyDocument: trust(ana.arn, { Bool: { "aws:MultiFactorAuthPresent": "true" } }) });
  await attachPolicy(t.db, { ...origin, kind: "role", name: "Readers", policyArn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess" });
  // Delegated: the trust policy names the account, so the user's own policies must allow sts:AssumeRole.
  await createRole(t.db, { ...origin, roleName: "Delegated", path: "/team/", assumeRolePolicyDocument: trust(`arn:aws:iam::${root.accountId}:root`) });
  await createRole(t.db, { ...origin, roleName: "Fresh", assumeRolePolicyDocument: trust(ana.arn, { NumericLessThan: { "aws:MultiFactorAuthAge": "600" } }) });
});
afterAll(() => t.close());

describe("switchRole", () => {
  it("refuses a trust policy that requires MFA to a console session without it, as AWS's console words it, and records the refused AssumeRole", async () => {
    const error = await iamError(switching(plain, { role: "Readers" }));
    expect({ code: error.code, detail: error.detail }).toEqual({ code: "AccessDenied", detail: SWITCH_REFUSED });
    const events = await storedEvents(t.db, root.accountId);
    expect(events.filter((e) => e.eventName === "AssumeRole").map((e) => [e.principalArn, e.errorCode])).toEqual([[plain.arn, "AccessDenied"]]);
  });

  it("switches a console session with MFA: the role session is named after the user, carries the MFA, and acts under the role's policies", async () => {
    const ticket = await switching(withMfa, { account: "switch-lab", role: "Readers", displayName: "Read only", color: "99bce3" });
    expect(ticket.view).toEqual({ account: "switch-lab", role: "Readers", displayName: "Read only", color: "99BCE3" });
    const role = await active(ticket, withMfa, at(60_000));
    expect(role?.principal.arn).toBe(`arn:aws:sts::${root.accountId}:assumed-role/Readers/ana`);
    expect(role?.principal.request?.session).toEqual({ issuedAt: now, mfaAuthenticatedAt: now });
    expect(role?.expiresAt).toEqual(at(HOUR_MS));
    // IAMReadOnlyAccess: listing is allowed, creating a user is denied in the role session's name.
    await authorize(t.db, role!.principal, "iam:ListUsers", usersResource(root.accountId));
    const denied = await iamError(authorize(t.db, role!.principal, "iam:CreateUser", arnResource(userArn(root.accountId, "/", "new"))));
    expect(denied.message).toContain(`User: arn:aws:sts::${root.accountId}:assumed-role/Readers/ana is not authorized to perform: iam:CreateUser`);
    const events = (await storedEvents(t.db, root.accountId)).filter((e) => e.errorCode === null && e.principalArn === withMfa.arn);
    expect(events.map((e) => [e.eventName, e.eventSource]).sort()).toEqual([
      ["AssumeRole", "sts.amazonaws.com"],
      ["SwitchRole", "signin.amazonaws.com"],
    ]);
  });

  it("lasts one hour, and ends at once with Back (a copy of the ticket is refused after)", async () => {
    const ticket = await switching(withMfa, { role: "Readers" });
    expect(ticket.view.displayName).toBe("Readers");
    expect(await active(ticket, withMfa, at(HOUR_MS - 1000))).not.toBeNull();
    expect(await active(ticket, withMfa, at(HOUR_MS))).toBeNull();
    const again = await switching(withMfa, { role: "Readers" }, at(5000));
    await endRoleSession(t.db, { ticket: again, user: withMfa, now: at(10_000) });
    expect(await active(again, withMfa, at(10_000))).toBeNull();
  });

  it("is refused for a forged token, another user, or a console session that began after the switch (sign-out and in again)", async () => {
    const ticket = await switching(withMfa, { role: "Readers" });
    expect(await active({ ...ticket, token: "forged" }, withMfa)).toBeNull();
    const other = session(await newUser(t.db, root, "bo", now, { policies: false }), now, true);
    expect(await active(ticket, other)).toBeNull();
    expect(await active(ticket, withMfa, at(1000), at(1000))).toBeNull();
  });

  it("needs the user's own policies to allow sts:AssumeRole when the trust policy names only the account; takes the role's path in the Role field", async () => {
    expect((await iamError(switching(withMfa, { role: "team/Delegated" }))).detail).toBe(SWITCH_REFUSED);
    await putInlinePolicy(t.db, {
      actor: root,
      now,
      context: TEST_CONTEXT,
      kind: "user",
      name: "ana",
      policyName: "assume",
      policyDocument: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Resource: `arn:aws:iam::${root.accountId}:role/team/*` }] }),
    });
    // A new request: its principal reads the policies as they are now.
    const ticket = await switching({ ...plain }, { role: "team/Delegated" });
    expect((await active(ticket, plain))?.principal.arn).toBe(`arn:aws:sts::${root.accountId}:assumed-role/Delegated/ana`);
  });

  it("gives the trust policy the console session's MFA age", async () => {
    const signedIn = session(withMfa, now, true);
    await switching(signedIn, { role: "Fresh" }, at(5 * 60_000));
    expect((await iamError(switching(signedIn, { role: "Fresh" }, at(15 * 60_000)))).detail).toBe(SWITCH_REFUSED);
  });

  it("refuses the root user, a role that does not exist, and another account, all alike", async () => {
    for (const attempt of [
      switching(session(root, now, true), { role: "Readers" }),
      switching(withMfa, { role: "Nobody" }),
      switching(withMfa, { account: "999988887777", role: "Readers" }),
      switching(withMfa, { account: "other-alias", role: "Readers" }),
    ]) {
      const error = await iamError(attempt);
      expect([error.code, error.detail]).toEqual(["AccessDenied", SWITCH_REFUSED]);
    }
  });
});

describe("a role session in the console", () => {
  it("gets none of the root user's practice token codes (its null userId is no one's)", async () => {
    const fob = await practiceTokenCodes(t.db, { actor: root, settings, now });
    const [token, free] = fob.tokens;
    const codeAt = (step: number) => token.codes.slice((step - token.firstStep) * 6, (step - token.firstStep + 1) * 6);
    const step = timeStepAt(now);
    await enableMfaDevice(t.db, { actor: root, serialNumber: token.serialNumber, code1: codeAt(step - 1), code2: codeAt(step), settings, now, context: TEST_CONTEXT });
    const role = await active(await switching(withMfa, { role: "Readers" }), withMfa);
    expect((await practiceTokenCodes(t.db, { actor: role!.principal, settings, now })).tokens.map((x) => x.serialNumber)).toEqual([free.serialNumber]);
  });
});

describe("switchRoleSchema", () => {
  it("takes a 12-digit id or an alias, a role name with or without a path, AWS's five colours only", () => {
    const fields = (input: Record<string, string>) => {
      const result = switchRoleSchema.safeParse({ account: "123456789012", role: "R", ...input });
      return result.success ? "ok" : Object.fromEntries(result.error.issues.map((i) => [i.path[0], i.message]));
    };
    expect(fields({ account: "my-alias", role: "a/b/Role+=,.@_-" })).toBe("ok");
    expect(fields({ account: "12345" })).toEqual({ account: "switchRole.accountInvalid" });
    expect(fields({ role: "bad role" })).toEqual({ role: "switchRole.roleInvalid" });
    expect(fields({ color: "FF0000" })).toHaveProperty("color");
    expect(fields({ displayName: "<b>" })).toEqual({ displayName: "validation.noMarkup" });
  });
});
