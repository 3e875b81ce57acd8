import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { iamError, newAccount, newUser, storedEvents } from "@/test/support/iam-fixtures";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { awsManagedPolicies } from "./aws-managed-policies";
import { createGroupWith, deleteGroupAndContents, listGroupSummaries } from "./console-groups";
import { putInlinePolicy } from "./inline-policies";
import { addUserToGroup } from "./manage-groups";
import { createPolicy } from "./managed-policies";
import { attachPolicy } from "./policy-attachments";
import { policyDocumentProblem } from "./policy-document-problem";
import type { Principal } from "./principal";
import { appliedPolicies } from "./principal-permissions";
import { POLICY_PAGE_SIZE, searchPolicies } from "./search-policies";

// The console's permissions pages read and change policies through these: the attach list, a
// principal's "Permissions policies", and the User groups pages' several-call Create and Delete.

const now = new Date("2027-06-01T09:00:00Z");
// Each call a second after the last: lists and events in the order the calls were made.
let tick = 0;
const origin = (actor: Principal) => ({ actor, now: new Date(now.getTime() + ++tick * 1000), context: TEST_CONTEXT });
const READ_ONLY = "arn:aws:iam::aws:policy/IAMReadOnlyAccess";
const ALLOW_S3 = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:ListAllMyBuckets", Resource: "*" }] });

let t: Awaited<ReturnType<typeof createTestDb>>;
let root: Principal;
let admin: Principal;
let plain: Principal;
let customerArn: string;

beforeAll(async () => {
  t = await createTestDb();
  root = await newAccount(t.db, "permissions-owner@example.com", now);
  admin = await newUser(t.db, root, "admin", now, { isAdmin: true });
  plain = await newUser(t.db, root, "plain", now, { policies: false });
  customerArn = (await createPolicy(t.db, { ...origin(root), policyName: "LabReadOnly", policyDocument: ALLOW_S3, description: "Lists buckets" })).arn;
});
afterAll(() => t.close());

describe("searchPolicies (the attach list)", () => {
  it("finds policies by part of the name regardless of case, the account's own and AWS's, one page at a time", async () => {
    const found = await searchPolicies(t.db, { actor: admin, query: "iamreadonly", type: "all", page: 0 });
    expect(found.policies.map((policy) => policy.arn)).toEqual([READ_ONLY]);
    expect(found.total).toBe(1);

    const own = await searchPolicies(t.db, { actor: admin, query: "readonly", type: "customer", page: 0 });
    expect(own.policies.map((policy) => policy.policyName)).toEqual(["LabReadOnly"]);

    const everything = await searchPolicies(t.db, { actor: admin, query: "", type: "aws", page: 1 });
    const attachable = awsManagedPolicies().filter((policy) => !policy.arn.includes("/aws-service-role/"));
    expect(everything.total).toBe(attachable.length);
    expect(everything.policies).toHaveLength(POLICY_PAGE_SIZE);
    expect(everything.policies[0].policyName).toBe(attachable[POLICY_PAGE_SIZE].name);
    expect(everything.policies.every((policy) => policy.scope === "AWS" && policy.isAttachable)).toBe(true);
  });

  it("answers the last page for a page past the end, and nothing for a name no policy has", async () => {
    const past = await searchPolicies(t.db, { actor: admin, query: "LabRead", type: "all", page: 7 });
    expect(past).toMatchObject({ page: 0, total: 1 });
    expect((await searchPolicies(t.db, { actor: admin, query: "no-such-policy", type: "all", page: 0 })).policies).toEqual([]);
  });

  it("is refused, as ListPolicies is, to a caller without iam:ListPolicies", async () => {
    const error = await iamError(searchPolicies(t.db, { actor: plain, query: "", type: "all", page: 0 }));
    expect(error.code).toBe("AccessDenied");
    expect(error.message).toContain("iam:ListPolicies");
  });
});

describe("appliedPolicies (a principal's Permissions policies)", () => {
  it("lists a user's own policies by type, then each group's, named by the group", async () => {
    const bob = await newUser(t.db, root, "bob", now, { policies: false });
    await attachPolicy(t.db, { ...origin(admin), kind: "user", name: "bob", policyArn: READ_ONLY });
    await attachPolicy(t.db, { ...origin(admin), kind: "user", name: "bob", policyArn: customerArn });
    await putInlinePolicy(t.db, { ...origin(admin), kind: "user", name: "bob", policyName: "bob-inline", policyDocument: ALLOW_S3 });
    await createGroupWith(t.db, { ...origin(admin), groupName: "Readers", userNames: ["bob"], policyArns: [READ_ONLY] });
    await putInlinePolicy(t.db, { ...origin(admin), kind: "group", name: "Readers", policyName: "readers-inline", policyDocument: ALLOW_S3 });

    expect(await appliedPolicies(t.db, { actor: admin, kind: "user", name: bob.userName! })).toEqual([
      { policyName: "IAMReadOnlyAccess", type: "aws", policyArn: READ_ONLY, group: null },
      { policyName: "LabReadOnly", type: "customer", policyArn: customerArn, group: null },
      { policyName: "bob-inline", type: "inline", policyArn: null, group: null },
      { policyName: "IAMReadOnlyAccess", type: "aws", policyArn: READ_ONLY, group: "Readers" },
      { policyName: "readers-inline", type: "inline", policyArn: null, group: "Readers" },
    ]);
    expect(await appliedPolicies(t.db, { actor: admin, kind: "group", name: "Readers" })).toEqual([
      { policyName: "IAMReadOnlyAccess", type: "aws", policyArn: READ_ONLY, group: null },
      { policyName: "readers-inline", type: "inline", policyArn: null, group: null },
    ]);
  });

  it("is refused with AWS's denial to a caller who may not list the user's policies", async () => {
    const error = await iamError(appliedPolicies(t.db, { actor: plain, kind: "user", name: "admin" }));
    expect(error.code).toBe("AccessDenied");
    expect(error.message).toContain("iam:ListAttachedUserPolicies");
  });
});

describe("the User groups pages' Create and Delete", () => {
  it("creates a group with its users and policies, lists it as defined, then empties and deletes it, each step its own IAM call", async () => {
    await newUser(t.db, root, "carol", now, { policies: false });
    await createGroupWith(t.db, { ...origin(admin), groupName: "Auditors", userNames: ["carol"], policyArns: [READ_ONLY, customerArn] });
    await putInlinePolicy(t.db, { ...origin(admin), kind: "group", name: "Auditors", policyName: "extra", policyDocument: ALLOW_S3 });
    await createGroupWith(t.db, { ...origin(admin), groupName: "Empty", userNames: [], policyArns: [] });

    const summaries = await listGroupSummaries(t.db, { actor: admin });
    expect(summaries.find((group) => group.groupName === "Auditors")).toMatchObject({ userCount: 1, hasPermissions: true });
    expect(summaries.find((group) => group.groupName === "Empty")).toMatchObject({ userCount: 0, hasPermissions: false });

    const before = (await storedEvents(t.db, root.accountId)).length;
    await deleteGroupAndContents(t.db, { ...origin(admin), groupName: "Auditors" });
    // One console action, one time: the calls' events share it.
    const events = (await storedEvents(t.db, root.accountId)).slice(before).map((event) => event.eventName);
    expect(events.sort()).toEqual(["DeleteGroup", "DeleteGroupPolicy", "DetachGroupPolicy", "DetachGroupPolicy", "RemoveUserFromGroup"]);
    expect((await listGroupSummaries(t.db, { actor: admin })).map((group) => group.groupName)).not.toContain("Auditors");
  });

  it("stops at the first refused call: a caller without CreateGroup creates nothing", async () => {
    const error = await iamError(createGroupWith(t.db, { ...origin(plain), groupName: "Nope", userNames: [], policyArns: [] }));
    expect(error.code).toBe("AccessDenied");
    expect((await listGroupSummaries(t.db, { actor: admin })).map((group) => group.groupName)).not.toContain("Nope");
  });

  it("is refused to list without iam:ListGroups", async () => {
    expect((await iamError(listGroupSummaries(t.db, { actor: plain }))).code).toBe("AccessDenied");
  });
});

describe("policyDocumentProblem (the editor's message)", () => {
  it("is AWS's message for a malformed document or an owner's size quota, and nothing for other refusals", async () => {
    await newUser(t.db, root, "dave", now, { policies: false });
    const put = (policyDocument: string) => putInlinePolicy(t.db, { ...origin(admin), kind: "user", name: "dave", policyName: "p", policyDocument });
    expect(policyDocumentProblem(await iamError(put("{ not json")))).toBe("Syntax errors in policy.");
    const big = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: `arn:aws:s3:::${"b".repeat(2100)}/*` }] });
    expect(policyDocumentProblem(await iamError(put(big)))).toBe("Maximum policy size of 2048 bytes exceeded for user dave");
    expect(policyDocumentProblem(await iamError(addUserToGroup(t.db, { ...origin(admin), groupName: "Missing", userName: "dave" })))).toBeNull();
  });
});
