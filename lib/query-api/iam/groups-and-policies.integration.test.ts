import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteUser } from "@/lib/iam/delete-user";
import type { Principal } from "@/lib/iam/principal";
import type { IamSettings } from "@/lib/iam/settings";
import { newAccount, newUser, storedEvents } from "@/test/support/iam-fixtures";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { IAM_OPERATIONS } from "./index";

// Groups and policies through the Query API's operation table: each operation's parameters as a client
// sends them, parsed with the model's constraints, run on the real database (SQLite and PostgreSQL).

const settings: IamSettings = { encryptionKey: randomBytes(32), mfaDevicesPerUser: 1 };
const now = new Date("2027-04-02T10:00:00Z");

let t: Awaited<ReturnType<typeof createTestDb>>;
let root: Principal;
let other: Principal;

beforeAll(async () => {
  t = await createTestDb();
  root = await newAccount(t.db, "groups-owner@example.com", now);
  other = await newAccount(t.db, "other-owner@example.com", now);
});
afterAll(() => t.close());

type Result = Record<string, unknown> | null;

function call(action: string, params: Record<string, string> = {}, actor: Principal = root, when = now): Promise<Result> {
  return IAM_OPERATIONS[action]({ params, actor, accessKeyId: "AKIAIOSFODNN7EXAMPLE", temporary: false, credentialsIssuedAt: null, mfaAuthenticatedAt: null, db: t.db, now: when, context: TEST_CONTEXT, settings });
}

/** The AWS error a call fails with, as { code, message }; fails the test if it succeeds. */
async function failure(action: string, params: Record<string, string> = {}, actor: Principal = root) {
  const error = await call(action, params, actor).then(
    () => new Error(`expected ${action} to fail`),
    (e: unknown) => e,
  );
  if (!(error instanceof Error) || !("code" in error)) throw error;
  return { code: (error as Error & { code: string }).code, message: error.message };
}

const DOC = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:ListAllMyBuckets", Resource: "*" }] });
const DOC_2 = '{\n  "Version": "2012-10-17",\n  "Statement": {"Effect": "Deny", "Action": "iam:*", "Resource": "*"}\n}';
const decode = (encoded: unknown) => decodeURIComponent(encoded as string);

/** A role row made through Prisma: roles' own operations are not this file's subject. */
async function newRole(actor: Principal, name: string, path = "/") {
  await t.db.role.create({
    data: {
      id: `AROA${randomBytes(9).toString("hex").slice(0, 17).toUpperCase()}`,
      accountId: actor.accountId,
      name,
      nameKey: name.toLowerCase(),
      path,
      arn: `arn:aws:iam::${actor.accountId}:role${path}${name}`,
      assumeRolePolicyDocument: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }] }),
      createdAt: now,
    },
  });
}

describe("groups", () => {
  it("creates, reads, lists by path prefix, renames and moves a group; ids and ARNs as AWS's", async () => {
    const created = (await call("CreateGroup", { GroupName: "Developers", Path: "/division/" }))!.Group as Record<string, unknown>;
    expect(created).toEqual({ Path: "/division/", GroupName: "Developers", GroupId: expect.stringMatching(/^AGPA[A-Z2-7]{17}$/), Arn: `arn:aws:iam::${root.accountId}:group/division/Developers`, CreateDate: now });
    await call("CreateGroup", { GroupName: "Admins" });
    expect(await failure("CreateGroup", { GroupName: "developers" })).toEqual({ code: "EntityAlreadyExists", message: "Group with name developers already exists." });

    expect(((await call("ListGroups", { PathPrefix: "/div" }))!.Groups as { GroupName: string }[]).map((g) => g.GroupName)).toEqual(["Developers"]);
    expect(((await call("ListGroups"))!.Groups as { GroupName: string }[]).map((g) => g.GroupName)).toEqual(["Admins", "Developers"]);
    expect(await call("ListGroups", {}, other)).toEqual({ Groups: [], IsTruncated: false });

    await call("UpdateGroup", { GroupName: "developers", NewGroupName: "Builders", NewPath: "/eng/" });
    const { Group } = (await call("GetGroup", { GroupName: "Builders" }))!;
    expect(Group).toMatchObject({ GroupName: "Builders", GroupId: created.GroupId, Path: "/eng/", Arn: `arn:aws:iam::${root.accountId}:group/eng/Builders` });
    expect(await failure("UpdateGroup", { GroupName: "Builders", NewGroupName: "ADMINS" })).toEqual({ code: "EntityAlreadyExists", message: "Group with name ADMINS already exists." });
    expect(await failure("GetGroup", { GroupName: "Developers" })).toEqual({ code: "NoSuchEntity", message: "The group with name Developers cannot be found." });
  });

  it("adds members (again: no change), pages them in GetGroup, lists a user's groups, removes them", async () => {
    await call("CreateGroup", { GroupName: "Readers" });
    for (const [i, name] of ["ana", "bo", "cy"].entries()) {
      await newUser(t.db, root, name, now, { policies: false });
      await call("AddUserToGroup", { GroupName: "Readers", UserName: name }, root, new Date(now.getTime() + i * 1000));
    }
    await call("AddUserToGroup", { GroupName: "readers", UserName: "ANA" });
    const first = (await call("GetGroup", { GroupName: "Readers", MaxItems: "2" }))!;
    expect((first.Users as { UserName: string }[]).map((u) => u.UserName)).toEqual(["ana", "bo"]);
    expect(first.IsTruncated).toBe(true);
    const second = (await call("GetGroup", { GroupName: "Readers", Marker: first.Marker as string }))!;
    expect((second.Users as { UserName: string }[]).map((u) => u.UserName)).toEqual(["cy"]);
    expect((second.Users as Record<string, unknown>[])[0]).toMatchObject({ Path: "/", UserId: expect.stringMatching(/^AIDA/), Arn: `arn:aws:iam::${root.accountId}:user/cy` });

    expect(((await call("ListGroupsForUser", { UserName: "ana" }))!.Groups as { GroupName: string }[]).map((g) => g.GroupName)).toEqual(["Readers"]);
    await call("RemoveUserFromGroup", { GroupName: "Readers", UserName: "ana" });
    expect(await call("ListGroupsForUser", { UserName: "ana" })).toEqual({ Groups: [], IsTruncated: false });
    expect(await call("RemoveUserFromGroup", { GroupName: "Readers", UserName: "ana" })).toBeNull();
    expect(await failure("RemoveUserFromGroup", { GroupName: "Readers", UserName: "nobody" })).toEqual({ code: "NoSuchEntity", message: "The user with name nobody cannot be found." });
    expect(await failure("AddUserToGroup", { GroupName: "Readers", UserName: "nobody" })).toEqual({ code: "NoSuchEntity", message: "The user with name nobody cannot be found." });
    expect(await failure("AddUserToGroup", { GroupName: "Nothing", UserName: "ana" })).toEqual({ code: "NoSuchEntity", message: "The group with name Nothing cannot be found." });

    const events = (await storedEvents(t.db, root.accountId)).filter((e) => e.eventName === "RemoveUserFromGroup");
    expect(JSON.parse(events[0].requestParameters!)).toEqual({ groupName: "Readers", userName: "ana" });
  });

  it("a user belongs to at most 10 groups: the 11th is AWS's LimitExceeded and is not added", async () => {
    await newUser(t.db, root, "joiner", now, { policies: false });
    for (let i = 1; i <= 10; i++) {
      await call("CreateGroup", { GroupName: `g${i}` });
      await call("AddUserToGroup", { GroupName: `g${i}`, UserName: "joiner" });
    }
    await call("CreateGroup", { GroupName: "g11" });
    expect(await failure("AddUserToGroup", { GroupName: "g11", UserName: "joiner" })).toEqual({ code: "LimitExceeded", message: "Cannot exceed quota for GroupsPerUser: 10" });
    expect(((await call("ListGroupsForUser", { UserName: "joiner" }))!.Groups as unknown[]).length).toBe(10);
  });

  it("DeleteGroup refuses while members, inline policies or attached policies remain, records the refusal, then deletes", async () => {
    await call("CreateGroup", { GroupName: "Leaving" });
    await newUser(t.db, root, "member", now, { policies: false });
    await call("AddUserToGroup", { GroupName: "Leaving", UserName: "member" });
    await call("PutGroupPolicy", { GroupName: "Leaving", PolicyName: "inline", PolicyDocument: DOC });
    await call("AttachGroupPolicy", { GroupName: "Leaving", PolicyArn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess" });

    expect(await failure("DeleteGroup", { GroupName: "Leaving" })).toEqual({ code: "DeleteConflict", message: "Cannot delete entity, must remove users from group first." });
    await call("RemoveUserFromGroup", { GroupName: "Leaving", UserName: "member" });
    expect(await failure("DeleteGroup", { GroupName: "Leaving" })).toEqual({ code: "DeleteConflict", message: "Cannot delete entity, must delete policies first." });
    await call("DeleteGroupPolicy", { GroupName: "Leaving", PolicyName: "inline" });
    expect(await failure("DeleteGroup", { GroupName: "Leaving" })).toEqual({ code: "DeleteConflict", message: "Cannot delete entity, must detach all policies first." });
    await call("DetachGroupPolicy", { GroupName: "Leaving", PolicyArn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess" });
    expect(await call("DeleteGroup", { GroupName: "Leaving" })).toBeNull();
    expect((await failure("GetGroup", { GroupName: "Leaving" })).code).toBe("NoSuchEntity");

    const events = (await storedEvents(t.db, root.accountId)).filter((e) => e.eventName === "DeleteGroup");
    expect(events.map((e) => e.errorCode ?? "none").sort()).toEqual(["DeleteConflict", "DeleteConflict", "DeleteConflict", "none"]);
  });

  it("only administrators manage groups; an IAM user lists their own groups", async () => {
    const plain = await newUser(t.db, root, "plain", now, { policies: false });
    await call("AddUserToGroup", { GroupName: "Readers", UserName: "plain" });
    // What AWS's example "Allows IAM users to view their own … policies" does for groups: only their own.
    const ownGroups = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "iam:ListGroupsForUser", Resource: "arn:aws:iam::*:user/${aws:username}" }] };
    await call("PutUserPolicy", { UserName: "plain", PolicyName: "OwnGroups", PolicyDocument: JSON.stringify(ownGroups) });
    expect(await failure("CreateGroup", { GroupName: "Mine" }, plain)).toEqual({
      code: "AccessDenied",
      message: `User: ${plain.arn} is not authorized to perform: iam:CreateGroup on resource: arn:aws:iam::${root.accountId}:group/Mine because no identity-based policy allows the iam:CreateGroup action`,
    });
    expect(((await call("ListGroupsForUser", { UserName: "plain" }, plain))!.Groups as { GroupName: string }[]).map((g) => g.GroupName)).toEqual(["Readers"]);
    expect((await failure("ListGroupsForUser", { UserName: "ana" }, plain)).code).toBe("AccessDenied");
    expect((await failure("GetGroup", { GroupName: "Readers" }, other)).code).toBe("NoSuchEntity");
  });

  it("bad parameters get the model's ValidationError and change nothing", async () => {
    expect(await failure("CreateGroup", { GroupName: "bad name" })).toEqual({
      code: "ValidationError",
      message: "1 validation error detected: Value at 'groupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
    });
    expect(await failure("CreateGroup", { GroupName: "x".repeat(129) })).toEqual({
      code: "ValidationError",
      message: "1 validation error detected: Value at 'groupName' failed to satisfy constraint: Member must have length less than or equal to 128",
    });
    expect(await failure("CreateGroup", {})).toEqual({ code: "ValidationError", message: "1 validation error detected: Value null at 'groupName' failed to satisfy constraint: Member must not be null" });
    expect(await failure("CreateGroup", { GroupName: "pathless", Path: "division" })).toEqual({
      code: "ValidationError",
      message: "The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.",
    });
    expect(await failure("UpdateGroup", { GroupName: "Readers", NewGroupName: "" })).toEqual({
      code: "ValidationError",
      message:
        "2 validation errors detected: Value at 'newGroupName' failed to satisfy constraint: Member must have length greater than or equal to 1; Value at 'newGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
    });
    expect((await failure("ListGroups", { MaxItems: "0" })).message).toBe(
      "1 validation error detected: Value at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
    expect(await failure("AddUserToGroup", { GroupName: "Readers" })).toEqual({
      code: "ValidationError",
      message: "1 validation error detected: Value null at 'userName' failed to satisfy constraint: Member must not be null",
    });
    expect((await failure("GetGroup", { GroupName: "pathless" })).code).toBe("NoSuchEntity");
  });
});

describe("managed policies", () => {
  let arn: string;

  it("CreatePolicy stores v1 as the default; GetPolicy, GetPolicyVersion answer the document URL-encoded as sent", async () => {
    const { Policy } = (await call("CreatePolicy", {
      PolicyName: "S3List",
      Path: "/team/",
      PolicyDocument: DOC,
      Description: "Lists buckets",
      "Tags.member.1.Key": "owner",
      "Tags.member.1.Value": "ana",
    }))! as { Policy: Record<string, unknown> };
    arn = Policy.Arn as string;
    expect(Policy).toEqual({
      PolicyName: "S3List",
      PolicyId: expect.stringMatching(/^ANPA[A-Z2-7]{17}$/),
      Arn: `arn:aws:iam::${root.accountId}:policy/team/S3List`,
      Path: "/team/",
      DefaultVersionId: "v1",
      AttachmentCount: 0,
      PermissionsBoundaryUsageCount: 0,
      IsAttachable: true,
      Description: "Lists buckets",
      CreateDate: now,
      UpdateDate: now,
      Tags: [{ Key: "owner", Value: "ana" }],
    });
    expect((await call("GetPolicy", { PolicyArn: arn }))!.Policy).toEqual(Policy);
    const { PolicyVersion } = (await call("GetPolicyVersion", { PolicyArn: arn, VersionId: "v1" }))! as { PolicyVersion: Record<string, unknown> };
    expect(PolicyVersion).toEqual({ Document: encodeURIComponent(DOC), VersionId: "v1", IsDefaultVersion: true, CreateDate: now });
    expect(decode(PolicyVersion.Document)).toBe(DOC);
    expect(await failure("CreatePolicy", { PolicyName: "s3list", PolicyDocument: DOC })).toEqual({
      code: "EntityAlreadyExists",
      message: "A policy called s3list already exists. Duplicate names are not allowed.",
    });
  });

  it("documents are checked by the policy engine's parser, with AWS's messages and size quota, and nothing is stored", async () => {
    expect(await failure("CreatePolicy", { PolicyName: "Broken", PolicyDocument: "{not json" })).toEqual({ code: "MalformedPolicyDocument", message: "Syntax errors in policy." });
    expect(await failure("CreatePolicy", { PolicyName: "Old", PolicyDocument: JSON.stringify({ Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }] }) })).toEqual({
      code: "MalformedPolicyDocument",
      message: "Policy document must be version 2012-10-17 or greater.",
    });
    const big = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: Array.from({ length: 300 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`) }] });
    expect(await failure("CreatePolicy", { PolicyName: "Big", PolicyDocument: big })).toEqual({ code: "LimitExceeded", message: "Cannot exceed quota for PolicySize: 6144" });
    expect((await failure("GetPolicy", { PolicyArn: `arn:aws:iam::${root.accountId}:policy/Broken` })).code).toBe("NoSuchEntity");
  });

  it("versions: up to five, SetDefaultPolicyVersion, the default never deleted, ids never reused", async () => {
    const v2 = (await call("CreatePolicyVersion", { PolicyArn: arn, PolicyDocument: DOC_2, SetAsDefault: "true" }, root, new Date(now.getTime() + 1000)))!;
    expect(v2).toEqual({ PolicyVersion: { VersionId: "v2", IsDefaultVersion: true, CreateDate: new Date(now.getTime() + 1000) } });
    for (const _ of [3, 4, 5]) await call("CreatePolicyVersion", { PolicyArn: arn, PolicyDocument: DOC });
    expect(await failure("CreatePolicyVersion", { PolicyArn: arn, PolicyDocument: DOC })).toEqual({
      code: "LimitExceeded",
      message: "A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.",
    });
    const { Versions } = (await call("ListPolicyVersions", { PolicyArn: arn }))! as { Versions: { VersionId: string; IsDefaultVersion: boolean; Document?: string }[] };
    expect(Versions.map((v) => [v.VersionId, v.IsDefaultVersion])).toEqual([["v5", false], ["v4", false], ["v3", false], ["v2", true], ["v1", false]]);
    expect(Versions[0].Document).toBeUndefined();
    expect(((await call("GetPolicy", { PolicyArn: arn }))!.Policy as Record<string, unknown>).DefaultVersionId).toBe("v2");

    expect(await failure("DeletePolicyVersion", { PolicyArn: arn, VersionId: "v2" })).toEqual({ code: "DeleteConflict", message: "Cannot delete the default version of a policy." });
    await call("SetDefaultPolicyVersion", { PolicyArn: arn, VersionId: "v1" });
    await call("DeletePolicyVersion", { PolicyArn: arn, VersionId: "v5" });
    expect(await failure("GetPolicyVersion", { PolicyArn: arn, VersionId: "v5" })).toEqual({ code: "NoSuchEntity", message: `Policy ${arn} version v5 does not exist or is not attachable.` });
    expect(await failure("SetDefaultPolicyVersion", { PolicyArn: arn, VersionId: "v9" })).toEqual({ code: "NoSuchEntity", message: `Policy ${arn} version v9 does not exist or is not attachable.` });
    expect((await call("CreatePolicyVersion", { PolicyArn: arn, PolicyDocument: DOC }))!.PolicyVersion).toMatchObject({ VersionId: "v6", IsDefaultVersion: false });
    expect(await failure("GetPolicyVersion", { PolicyArn: arn, VersionId: "1" })).toEqual({
      code: "ValidationError",
      message: "1 validation error detected: Value at 'versionId' failed to satisfy constraint: Member must satisfy regular expression pattern: v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?",
    });
  });

  it("AWS managed policies: stable ids, their real documents, AttachmentCount in the account, and no changes", async () => {
    const admin = "arn:aws:iam::aws:policy/AdministratorAccess";
    const { Policy } = (await call("GetPolicy", { PolicyArn: admin }))! as { Policy: Record<string, unknown> };
    expect(Policy).toMatchObject({ PolicyName: "AdministratorAccess", Path: "/", PolicyId: expect.stringMatching(/^ANPA[A-Z2-7]{17}$/), AttachmentCount: 0, IsAttachable: true });
    expect(((await call("GetPolicy", { PolicyArn: admin }, other))!.Policy as Record<string, unknown>).PolicyId).toBe(Policy.PolicyId);
    const version = (await call("GetPolicyVersion", { PolicyArn: admin, VersionId: Policy.DefaultVersionId as string }))!.PolicyVersion as { Document: string };
    expect(JSON.parse(decode(version.Document))).toMatchObject({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] });
    expect((await failure("DeletePolicy", { PolicyArn: admin })).code).toBe("AccessDenied");
    expect((await failure("CreatePolicyVersion", { PolicyArn: admin, PolicyDocument: DOC })).code).toBe("AccessDenied");
    expect(await failure("GetPolicy", { PolicyArn: "arn:aws:iam::aws:policy/NoSuchPolicy" })).toEqual({ code: "NoSuchEntity", message: "Policy arn:aws:iam::aws:policy/NoSuchPolicy was not found." });
    expect(await failure("GetPolicy", { PolicyArn: "not-an-arn-but-long-enough" })).toEqual({ code: "InvalidInput", message: "ARN not-an-arn-but-long-enough is not valid." });
    expect(await failure("GetPolicy", { PolicyArn: "arn:aws:iam::aws" })).toEqual({
      code: "ValidationError",
      message: "1 validation error detected: Value at 'policyArn' failed to satisfy constraint: Member must have length greater than or equal to 20",
    });
    expect((await failure("GetPolicy", { PolicyArn: arn }, other)).code).toBe("NoSuchEntity");
  });

  it("ListPolicies: Scope, OnlyAttached, PathPrefix, PolicyUsageFilter and pages", async () => {
    const local = (await call("ListPolicies", { Scope: "Local" }))!.Policies as Record<string, unknown>[];
    expect(local.map((p) => p.PolicyName)).toEqual(["S3List"]);
    expect(local[0].Description).toBeUndefined();
    const aws = (await call("ListPolicies", { Scope: "AWS", MaxItems: "100" }))!;
    expect(aws.IsTruncated).toBe(true);
    expect((aws.Policies as { Arn: string }[]).every((p) => p.Arn.startsWith("arn:aws:iam::aws:policy/"))).toBe(true);
    const next = (await call("ListPolicies", { Scope: "AWS", MaxItems: "100", Marker: aws.Marker as string }))!.Policies as { Arn: string }[];
    expect(next[0].Arn).not.toBe((aws.Policies as { Arn: string }[])[0].Arn);
    expect(((await call("ListPolicies", { PathPrefix: "/job-function/", Scope: "AWS" }))!.Policies as { Path: string }[]).every((p) => p.Path === "/job-function/")).toBe(true);
    expect(await call("ListPolicies", { OnlyAttached: "true" }, other)).toEqual({ Policies: [], IsTruncated: false });
    expect(await call("ListPolicies", { PolicyUsageFilter: "PermissionsBoundary" })).toEqual({ Policies: [], IsTruncated: false });
    expect(await failure("ListPolicies", { Scope: "Mine" })).toEqual({
      code: "ValidationError",
      message: "1 validation error detected: Value at 'scope' failed to satisfy constraint: Member must satisfy enum value set: [All, AWS, Local]",
    });
    expect((await failure("ListPolicies", { OnlyAttached: "yes" })).message).toBe("1 validation error detected: Value at 'onlyAttached' failed to satisfy constraint: Member must be a boolean");
    expect((await failure("ListPolicies", { PathPrefix: "/team" })).message).toBe(
      "1 validation error detected: Value at 'pathPrefix' failed to satisfy constraint: Member must satisfy regular expression pattern: ((/[A-Za-z0-9\\.,\\+@=_-]+)*)/",
    );
  });

  it("policy tags: TagPolicy, UntagPolicy, ListPolicyTags; duplicate keys refused", async () => {
    await call("TagPolicy", { PolicyArn: arn, "Tags.member.1.Key": "team", "Tags.member.1.Value": "blue" });
    expect((await call("ListPolicyTags", { PolicyArn: arn }))!.Tags).toEqual([{ Key: "owner", Value: "ana" }, { Key: "team", Value: "blue" }]);
    await call("UntagPolicy", { PolicyArn: arn, "TagKeys.member.1": "OWNER" });
    expect((await call("ListPolicyTags", { PolicyArn: arn }))!.Tags).toEqual([{ Key: "team", Value: "blue" }]);
    expect(await failure("TagPolicy", { PolicyArn: arn, "Tags.member.1.Key": "a", "Tags.member.1.Value": "1", "Tags.member.2.Key": "A", "Tags.member.2.Value": "2" })).toEqual({
      code: "InvalidInput",
      message: "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
    });
    expect((await failure("TagPolicy", { PolicyArn: arn })).message).toBe("1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not be null");
  });
});

describe("attachments", () => {
  const readOnly = "arn:aws:iam::aws:policy/IAMReadOnlyAccess";

  it("attaches to users, groups and roles; lists them; counts attachments; ListEntitiesForPolicy; detaches", async () => {
    await newUser(t.db, root, "attached", now, { policies: false });
    await call("CreateGroup", { GroupName: "Ops", Path: "/ops/" });
    await newRole(root, "Worker");
    await call("AttachUserPolicy", { UserName: "attached", PolicyArn: readOnly });
    await call("AttachUserPolicy", { UserName: "attached", PolicyArn: readOnly });
    await call("AttachGroupPolicy", { GroupName: "Ops", PolicyArn: readOnly });
    await call("AttachRolePolicy", { RoleName: "Worker", PolicyArn: readOnly });
    const local = `arn:aws:iam::${root.accountId}:policy/team/S3List`;
    await call("AttachRolePolicy", { RoleName: "Worker", PolicyArn: local });

    expect((await call("ListAttachedUserPolicies", { UserName: "attached" }))!.AttachedPolicies).toEqual([{ PolicyName: "IAMReadOnlyAccess", PolicyArn: readOnly }]);
    expect((await call("ListAttachedRolePolicies", { RoleName: "Worker", PathPrefix: "/team/" }))!.AttachedPolicies).toEqual([{ PolicyName: "S3List", PolicyArn: local }]);
    expect((await call("ListAttachedGroupPolicies", { GroupName: "Ops" }))!.AttachedPolicies).toEqual([{ PolicyName: "IAMReadOnlyAccess", PolicyArn: readOnly }]);
    expect(((await call("GetPolicy", { PolicyArn: readOnly }))!.Policy as Record<string, unknown>).AttachmentCount).toBe(3);
    expect(((await call("GetPolicy", { PolicyArn: readOnly }, other))!.Policy as Record<string, unknown>).AttachmentCount).toBe(0);
    expect(((await call("ListPolicies", { OnlyAttached: "true" }))!.Policies as { PolicyName: string }[]).map((p) => p.PolicyName)).toEqual(["S3List", "IAMReadOnlyAccess"]);

    const entities = (await call("ListEntitiesForPolicy", { PolicyArn: readOnly }))!;
    expect(entities).toMatchObject({
      PolicyGroups: [{ GroupName: "Ops", GroupId: expect.stringMatching(/^AGPA/) }],
      PolicyUsers: [{ UserName: "attached", UserId: expect.stringMatching(/^AIDA/) }],
      PolicyRoles: [{ RoleName: "Worker", RoleId: expect.stringMatching(/^AROA/) }],
      IsTruncated: false,
    });
    expect(await call("ListEntitiesForPolicy", { PolicyArn: readOnly, EntityFilter: "Role" })).toMatchObject({ PolicyGroups: [], PolicyUsers: [], PolicyRoles: [{ RoleName: "Worker" }] });
    expect(await call("ListEntitiesForPolicy", { PolicyArn: readOnly, PathPrefix: "/ops/" })).toMatchObject({ PolicyGroups: [{ GroupName: "Ops" }], PolicyUsers: [], PolicyRoles: [] });
    const paged = (await call("ListEntitiesForPolicy", { PolicyArn: readOnly, MaxItems: "2" }))!;
    expect(paged).toMatchObject({ PolicyGroups: [{ GroupName: "Ops" }], PolicyUsers: [{ UserName: "attached" }], PolicyRoles: [], IsTruncated: true });

    expect(await failure("DeletePolicy", { PolicyArn: local })).toEqual({ code: "DeleteConflict", message: "Cannot delete a policy attached to entities." });
    await call("DetachRolePolicy", { RoleName: "Worker", PolicyArn: local });
    expect(await failure("DetachRolePolicy", { RoleName: "Worker", PolicyArn: local })).toEqual({ code: "NoSuchEntity", message: `Policy ${local} was not found.` });
    expect(await failure("DeletePolicy", { PolicyArn: local })).toEqual({
      code: "DeleteConflict",
      message: "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
    });
  });

  it("refuses a policy that does not exist, AWS's service-role policies, a protected role, and an 11th policy", async () => {
    expect(await failure("AttachUserPolicy", { UserName: "attached", PolicyArn: "arn:aws:iam::aws:policy/NoSuchPolicy" })).toEqual({
      code: "NoSuchEntity",
      message: "Policy arn:aws:iam::aws:policy/NoSuchPolicy does not exist or is not attachable.",
    });
    expect(await failure("AttachUserPolicy", { UserName: "nobody", PolicyArn: readOnly })).toEqual({ code: "NoSuchEntity", message: "The user with name nobody cannot be found." });
    expect(await failure("AttachRolePolicy", { RoleName: "Ghost", PolicyArn: readOnly })).toEqual({ code: "NoSuchEntity", message: "The role with name Ghost cannot be found." });
    const serviceRolePolicy = (await call("ListPolicies", { Scope: "AWS", PathPrefix: "/aws-service-role/", MaxItems: "1" }))!.Policies as { Arn: string; IsAttachable: boolean }[];
    expect(serviceRolePolicy[0].IsAttachable).toBe(false);
    expect(await failure("AttachRolePolicy", { RoleName: "Worker", PolicyArn: serviceRolePolicy[0].Arn })).toEqual({
      code: "PolicyNotAttachable",
      message: "Cannot attach a Service Role Policy to a Customer Role.",
    });
    await newRole(root, "AWSServiceRoleForSupport", "/aws-service-role/support.amazonaws.com/");
    const protectedRole = { code: "UnmodifiableEntity", message: "Cannot perform the operation on the protected role 'AWSServiceRoleForSupport' - this role is only modifiable by AWS" };
    expect(await failure("AttachRolePolicy", { RoleName: "AWSServiceRoleForSupport", PolicyArn: readOnly })).toEqual(protectedRole);
    expect(await failure("PutRolePolicy", { RoleName: "AWSServiceRoleForSupport", PolicyName: "p", PolicyDocument: DOC })).toEqual(protectedRole);
    expect(await call("ListRolePolicies", { RoleName: "AWSServiceRoleForSupport" })).toEqual({ PolicyNames: [], IsTruncated: false });

    await newUser(t.db, root, "collector", now, { policies: false });
    const names = ((await call("ListPolicies", { Scope: "AWS", PathPrefix: "/job-function/" }))!.Policies as { Arn: string }[]).map((p) => p.Arn);
    const many = ((await call("ListPolicies", { Scope: "AWS", MaxItems: "40" }))!.Policies as { Arn: string; IsAttachable: boolean }[]).filter((p) => p.IsAttachable).map((p) => p.Arn);
    expect(names.length).toBeGreaterThan(0);
    for (const policy of many.slice(0, 10)) await call("AttachUserPolicy", { UserName: "collector", PolicyArn: policy });
    expect(await failure("AttachUserPolicy", { UserName: "collector", PolicyArn: many[10] })).toEqual({ code: "LimitExceeded", message: "Cannot exceed quota for PoliciesPerUser: 10" });
    expect(((await call("ListAttachedUserPolicies", { UserName: "collector" }))!.AttachedPolicies as unknown[]).length).toBe(10);
  });

  it("concurrent attachments never pass the quota of 10", async () => {
    await newUser(t.db, root, "racer", now, { policies: false });
    const arns = ((await call("ListPolicies", { Scope: "AWS", PathPrefix: "/job-function/" }))!.Policies as { Arn: string }[]).map((p) => p.Arn);
    const more = ((await call("ListPolicies", { Scope: "AWS", MaxItems: "60" }))!.Policies as { Arn: string; IsAttachable: boolean }[]).filter((p) => p.IsAttachable).map((p) => p.Arn);
    const twelve = [...new Set([...arns, ...more])].slice(0, 12);
    const results = await Promise.allSettled(twelve.map((policyArn) => call("AttachUserPolicy", { UserName: "racer", PolicyArn: policyArn })));
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => (r.reason as { code: string }).code);
    expect(refused).toEqual(["LimitExceeded", "LimitExceeded"]);
    expect(((await call("ListAttachedUserPolicies", { UserName: "racer" }))!.AttachedPolicies as unknown[]).length).toBe(10);
  });

  it("concurrent versions and group memberships never pass their quotas either", async () => {
    const { Policy } = (await call("CreatePolicy", { PolicyName: "Raced", PolicyDocument: DOC }))! as { Policy: { Arn: string } };
    const versions = await Promise.allSettled(Array.from({ length: 6 }, () => call("CreatePolicyVersion", { PolicyArn: Policy.Arn, PolicyDocument: DOC })));
    expect(versions.filter((r) => r.status === "rejected").map((r) => ((r as PromiseRejectedResult).reason as { code: string }).code)).toEqual(["LimitExceeded", "LimitExceeded"]);
    const ids = ((await call("ListPolicyVersions", { PolicyArn: Policy.Arn }))!.Versions as { VersionId: string }[]).map((v) => v.VersionId);
    expect(ids).toEqual(["v5", "v4", "v3", "v2", "v1"]);

    await newUser(t.db, root, "crowd", now, { policies: false });
    for (let i = 1; i <= 12; i++) await call("CreateGroup", { GroupName: `crowd-${i}` });
    const joins = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => call("AddUserToGroup", { GroupName: `crowd-${i + 1}`, UserName: "crowd" })));
    expect(joins.filter((r) => r.status === "rejected").map((r) => ((r as PromiseRejectedResult).reason as { code: string }).code)).toEqual(["LimitExceeded", "LimitExceeded"]);
  });

  it("an IAM user with IAMReadOnlyAccess reads attached and inline policies, and may not attach", async () => {
    const self = await newUser(t.db, root, "reader", now, { policies: false });
    await call("AttachUserPolicy", { UserName: "reader", PolicyArn: readOnly });
    expect((await call("ListAttachedUserPolicies", { UserName: "reader" }, self))!.AttachedPolicies).toEqual([{ PolicyName: "IAMReadOnlyAccess", PolicyArn: readOnly }]);
    expect(await call("ListUserPolicies", { UserName: "reader" }, self)).toEqual({ PolicyNames: [], IsTruncated: false });
    expect((await failure("AttachUserPolicy", { UserName: "reader", PolicyArn: "arn:aws:iam::aws:policy/AdministratorAccess" }, self)).code).toBe("AccessDenied");
    // IAMReadOnlyAccess allows iam:List* on every resource: another user's policies too.
    expect((await call("ListAttachedUserPolicies", { UserName: "attached" }, self))!.AttachedPolicies).toBeDefined();
    expect(await failure("AttachUserPolicy", { UserName: "x".repeat(65), PolicyArn: readOnly })).toEqual({
      code: "ValidationError",
      message: "1 validation error detected: Value at 'userName' failed to satisfy constraint: Member must have length less than or equal to 64",
    });
  });
});

describe("inline policies", () => {
  it("puts, replaces, reads (URL-encoded), lists by name and deletes a user's, a group's and a role's", async () => {
    await newUser(t.db, root, "inliner", now, { policies: false });
    await call("PutUserPolicy", { UserName: "inliner", PolicyName: "b-policy", PolicyDocument: DOC });
    await call("PutUserPolicy", { UserName: "inliner", PolicyName: "a-policy", PolicyDocument: DOC });
    await call("PutUserPolicy", { UserName: "inliner", PolicyName: "b-policy", PolicyDocument: DOC_2 });
    expect(await call("ListUserPolicies", { UserName: "inliner" })).toEqual({ PolicyNames: ["a-policy", "b-policy"], IsTruncated: false });
    const got = (await call("GetUserPolicy", { UserName: "INLINER", PolicyName: "b-policy" }))!;
    expect(got).toEqual({ UserName: "inliner", PolicyName: "b-policy", PolicyDocument: encodeURIComponent(DOC_2) });
    await call("DeleteUserPolicy", { UserName: "inliner", PolicyName: "a-policy" });
    expect(await failure("GetUserPolicy", { UserName: "inliner", PolicyName: "a-policy" })).toEqual({ code: "NoSuchEntity", message: "The user policy with name a-policy cannot be found." });
    expect(await failure("DeleteUserPolicy", { UserName: "inliner", PolicyName: "a-policy" })).toEqual({ code: "NoSuchEntity", message: "The user policy with name a-policy cannot be found." });

    await call("PutGroupPolicy", { GroupName: "Ops", PolicyName: "ops", PolicyDocument: DOC });
    expect((await call("GetGroupPolicy", { GroupName: "Ops", PolicyName: "ops" }))!.GroupName).toBe("Ops");
    expect(await failure("GetGroupPolicy", { GroupName: "Ops", PolicyName: "none" })).toEqual({ code: "NoSuchEntity", message: "The group policy with name none cannot be found." });
    await call("PutRolePolicy", { RoleName: "Worker", PolicyName: "work", PolicyDocument: DOC });
    expect(await call("ListRolePolicies", { RoleName: "Worker" })).toEqual({ PolicyNames: ["work"], IsTruncated: false });
    expect(await failure("DeleteRolePolicy", { RoleName: "Worker", PolicyName: "none" })).toEqual({ code: "NoSuchEntity", message: "The role policy with name none cannot be found." });

    const put = (await storedEvents(t.db, root.accountId)).find((e) => e.eventName === "PutRolePolicy")!;
    expect(JSON.parse(put.requestParameters!)).toEqual({ roleName: "Worker", policyName: "work", policyDocument: DOC });
  });

  it("a document IAM refuses, a principal in an identity policy, and the owner's size quota: refused, nothing stored", async () => {
    expect(await failure("PutUserPolicy", { UserName: "inliner", PolicyName: "p", PolicyDocument: "[]" })).toEqual({ code: "MalformedPolicyDocument", message: "Syntax errors in policy." });
    const withPrincipal = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:*", Resource: "*" }] });
    expect(await failure("PutRolePolicy", { RoleName: "Worker", PolicyName: "p", PolicyDocument: withPrincipal })).toEqual({
      code: "MalformedPolicyDocument",
      message: "Policy document should not specify a principal.",
    });
    const resources = (n: number) => JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: Array.from({ length: n }, (_, i) => `arn:aws:s3:::b${i}/*`) }] });
    expect(await failure("PutUserPolicy", { UserName: "inliner", PolicyName: "big", PolicyDocument: resources(120) })).toEqual({
      code: "LimitExceeded",
      message: "Maximum policy size of 2048 bytes exceeded for user inliner",
    });
    await call("PutGroupPolicy", { GroupName: "Ops", PolicyName: "big", PolicyDocument: resources(120) });
    expect(await call("ListUserPolicies", { UserName: "inliner" })).toEqual({ PolicyNames: ["b-policy"], IsTruncated: false });
    expect(await failure("PutUserPolicy", { UserName: "inliner", PolicyName: "bad name", PolicyDocument: DOC })).toEqual({
      code: "ValidationError",
      message: "1 validation error detected: Value at 'policyName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
    });
    expect(await failure("PutUserPolicy", { UserName: "inliner", PolicyName: "p", PolicyDocument: "{\"é\u0100\"}" })).toEqual({
      code: "ValidationError",
      message: "1 validation error detected: Value at 'policyDocument' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
    });
  });
});

describe("DeleteUser and GetAccountAuthorizationDetails", () => {
  it("DeleteUser refuses while the user has inline policies, attached policies or groups, in that order", async () => {
    await newUser(t.db, root, "holder", now, { policies: false });
    await call("PutUserPolicy", { UserName: "holder", PolicyName: "own", PolicyDocument: DOC });
    await call("AttachUserPolicy", { UserName: "holder", PolicyArn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess" });
    await call("AddUserToGroup", { GroupName: "Ops", UserName: "holder" });
    expect(await failure("DeleteUser", { UserName: "holder" })).toEqual({ code: "DeleteConflict", message: "Cannot delete entity, must delete policies first." });
    await call("DeleteUserPolicy", { UserName: "holder", PolicyName: "own" });
    expect(await failure("DeleteUser", { UserName: "holder" })).toEqual({ code: "DeleteConflict", message: "Cannot delete entity, must detach all policies first." });
    await call("DetachUserPolicy", { UserName: "holder", PolicyArn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess" });
    expect(await failure("DeleteUser", { UserName: "holder" })).toEqual({ code: "DeleteConflict", message: "Cannot delete entity, must remove users from group first." });
    await call("RemoveUserFromGroup", { GroupName: "Ops", UserName: "holder" });
    expect(await call("DeleteUser", { UserName: "holder" })).toBeNull();
  });

  it("the console's Delete user removes the user's policies and memberships with it, each recorded as its own event", async () => {
    await newUser(t.db, root, "console-leaver", now, { policies: false });
    await call("PutUserPolicy", { UserName: "console-leaver", PolicyName: "own", PolicyDocument: DOC });
    await call("AttachUserPolicy", { UserName: "console-leaver", PolicyArn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess" });
    await call("AddUserToGroup", { GroupName: "Ops", UserName: "console-leaver" });
    const before = await storedEvents(t.db, root.accountId);
    await deleteUser(t.db, { actor: root, userName: "console-leaver", deleteCredentials: true, now, context: TEST_CONTEXT });
    const added = (await storedEvents(t.db, root.accountId)).filter((event) => !before.some((old) => old.id === event.id));
    expect(added.map((event) => `${event.eventName} ${event.requestParameters}`).sort()).toEqual([
      `DeleteUser {"userName":"console-leaver"}`,
      `DeleteUserPolicy {"userName":"console-leaver","policyName":"own"}`,
      `DetachUserPolicy {"userName":"console-leaver","policyArn":"arn:aws:iam::aws:policy/IAMReadOnlyAccess"}`,
      `RemoveUserFromGroup {"groupName":"Ops","userName":"console-leaver"}`,
    ]);
    expect(await t.db.inlinePolicy.count({ where: { name: "own" } })).toBe(0);
    expect((await call("GetGroup", { GroupName: "Ops" }))!.Users).toEqual([]);
  });

  it("lists users, groups, roles and the policies in use with their documents, filtered and paged", async () => {
    const all = (await call("GetAccountAuthorizationDetails"))! as Record<string, Record<string, unknown>[]>;
    const inliner = all.UserDetailList.find((u) => u.UserName === "inliner")!;
    expect(inliner.UserPolicyList).toEqual([{ PolicyName: "b-policy", PolicyDocument: encodeURIComponent(DOC_2) }]);
    expect(all.UserDetailList.find((u) => u.UserName === "attached")).toMatchObject({ AttachedManagedPolicies: [{ PolicyName: "IAMReadOnlyAccess" }], GroupList: [] });
    expect(all.UserDetailList.find((u) => u.UserName === "cy")!.GroupList).toEqual(["Readers"]);
    expect(all.GroupDetailList.find((g) => g.GroupName === "Ops")).toMatchObject({ Path: "/ops/", GroupPolicyList: [{ PolicyName: "big" }, { PolicyName: "ops" }] });
    const worker = all.RoleDetailList.find((r) => r.RoleName === "Worker")!;
    expect(JSON.parse(decode(worker.AssumeRolePolicyDocument))).toMatchObject({ Statement: [{ Action: "sts:AssumeRole" }] });
    expect(worker.RolePolicyList).toEqual([{ PolicyName: "work", PolicyDocument: encodeURIComponent(DOC) }]);
    const names = all.Policies.map((p) => p.PolicyName);
    expect(names).toContain("S3List");
    expect(names).toContain("IAMReadOnlyAccess");
    expect(names).not.toContain("ReadOnlyAccess");
    const s3List = all.Policies.find((p) => p.PolicyName === "S3List")!;
    expect((s3List.PolicyVersionList as { VersionId: string }[]).map((v) => v.VersionId)).toEqual(["v6", "v4", "v3", "v2", "v1"]);

    const onlyGroups = (await call("GetAccountAuthorizationDetails", { "Filter.member.1": "Group" }))! as Record<string, unknown[]>;
    expect(onlyGroups.UserDetailList).toEqual([]);
    expect(onlyGroups.GroupDetailList.length).toBeGreaterThan(0);
    const page = (await call("GetAccountAuthorizationDetails", { "Filter.member.1": "User", MaxItems: "1" }))!;
    expect(page).toMatchObject({ IsTruncated: true, UserDetailList: [expect.anything()] });
    expect(await failure("GetAccountAuthorizationDetails", { "Filter.member.1": "Users" })).toEqual({
      code: "ValidationError",
      message:
        "1 validation error detected: Value '[Users]' at 'filter' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [User, Role, Group, LocalManagedPolicy, AWSManagedPolicy]]",
    });
  });
});
