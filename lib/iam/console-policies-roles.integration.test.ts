import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { iamError, newAccount, newUser, storedEvents } from "@/test/support/iam-fixtures";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { createRole } from "./create-role";
import { deleteRole } from "./delete-role";
import { putInlinePolicy } from "./inline-policies";
import { listPoliciesPage } from "./list-policies-page";
import { createPolicy } from "./managed-policies";
import { attachPolicy } from "./policy-attachments";
import type { Principal } from "./principal";

const now = new Date("2027-05-04T10:00:00Z");
const ALLOW_ALL = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] });

let t: Awaited<ReturnType<typeof createTestDb>>;
let root: Principal;
let reader: Principal;

beforeAll(async () => {
  t = await createTestDb();
  root = await newAccount(t.db, "console-policies@example.com", now);
  reader = await newUser(t.db, root, "reader", now, { policies: false });
  for (const name of ["ZetaPolicy", "alpha-ops", "AlphaDev"]) {
    await createPolicy(t.db, { actor: root, now, context: TEST_CONTEXT, policyName: name, policyDocument: ALLOW_ALL });
  }
});
afterAll(() => t.close());

describe("listPoliciesPage", () => {
  it("pages every policy, the account's own first by name, then AWS's, and gives the last page for one past it", async () => {
    const first = await listPoliciesPage(t.db, { actor: root, perPage: 2 });
    expect(first.policies.map((p) => p.policyName)).toEqual(["alpha-ops", "AlphaDev"]);
    expect(first.total).toBeGreaterThan(1500);
    const second = await listPoliciesPage(t.db, { actor: root, perPage: 2, page: 2 });
    expect(second.policies[0].policyName).toBe("ZetaPolicy");
    expect(second.policies[1].scope).toBe("AWS");
    const past = await listPoliciesPage(t.db, { actor: root, perPage: 2, page: 10_000 });
    expect(past.page).toBe(past.pageCount);
  });

  it("filters by type and by a case-insensitive part of the name", async () => {
    const customer = await listPoliciesPage(t.db, { actor: root, type: "customer", search: "ALPHA" });
    expect(customer).toMatchObject({ total: 2, page: 1, pageCount: 1 });
    expect(customer.policies.map((p) => p.policyName)).toEqual(["alpha-ops", "AlphaDev"]);
    const jobs = await listPoliciesPage(t.db, { actor: root, type: "job-function", perPage: 100 });
    expect(jobs.policies.map((p) => p.policyName)).toContain("ViewOnlyAccess");
    expect(jobs.policies.every((p) => p.path === "/job-function/")).toBe(true);
    const aws = await listPoliciesPage(t.db, { actor: root, type: "aws", search: "administratoraccess" });
    expect(aws.policies.map((p) => p.policyName)).toContain("AdministratorAccess");
    expect(aws.policies.some((p) => p.path === "/job-function/" || p.scope === "Local")).toBe(false);
  });

  it("is ListPolicies: a caller without iam:ListPolicies is denied", async () => {
    expect((await iamError(listPoliciesPage(t.db, { actor: reader }))).code).toBe("AccessDenied");
  });
});

describe("the console's Delete role", () => {
  it("detaches the managed policies and deletes the inline ones, then the role, recording each call; DeleteRole alone refuses", async () => {
    const trust = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: root.accountId }, Action: "sts:AssumeRole" }] });
    const origin = { actor: root, now, context: TEST_CONTEXT };
    await createRole(t.db, { ...origin, roleName: "Auditor", assumeRolePolicyDocument: trust });
    await attachPolicy(t.db, { ...origin, kind: "role", name: "Auditor", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess" });
    await putInlinePolicy(t.db, { ...origin, kind: "role", name: "Auditor", policyName: "extra", policyDocument: ALLOW_ALL });

    expect((await iamError(deleteRole(t.db, { ...origin, roleName: "Auditor" }))).message).toBe("Cannot delete entity, must detach all policies first.");
    expect((await iamError(deleteRole(t.db, { ...origin, actor: reader, roleName: "Auditor", deletePolicies: true }))).code).toBe("AccessDenied");

    await deleteRole(t.db, { ...origin, now: new Date(now.getTime() + 1000), roleName: "Auditor", deletePolicies: true });
    expect(await t.db.role.findFirst({ where: { accountId: root.accountId, name: "Auditor" } })).toBeNull();
    const deletion = (await storedEvents(t.db, root.accountId)).filter((event) => event.eventTime > now && !event.errorCode);
    expect(deletion.map((event) => event.eventName).sort()).toEqual(["DeleteRole", "DeleteRolePolicy", "DetachRolePolicy"]);
  });
});
