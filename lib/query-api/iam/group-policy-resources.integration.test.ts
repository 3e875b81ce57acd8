import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/iam/principal";
import type { IamSettings } from "@/lib/iam/settings";
import { newAccount, newUser } from "@/test/support/iam-fixtures";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { IAM_OPERATIONS } from "./index";

// Group and managed-policy operations are asked for on the group's and the policy's ARN, as the
// Service Authorization Reference lists them: a policy that names one group or one policy allows the
// operations on it and on nothing else, and the denial names the resource by its ARN.

const settings: IamSettings = { encryptionKey: randomBytes(32), mfaDevicesPerUser: 1 };
const now = new Date("2027-05-02T10:00:00Z");

let t: Awaited<ReturnType<typeof createTestDb>>;
let root: Principal;
let account: string;

beforeAll(async () => {
  t = await createTestDb();
  root = await newAccount(t.db, "group-resources@example.com", now);
  account = root.accountId;
});
afterAll(() => t.close());

function call(action: string, params: Record<string, string> = {}, actor: Principal = root): Promise<Record<string, unknown> | null> {
  return IAM_OPERATIONS[action]({ params, actor, accessKeyId: "AKIAIOSFODNN7EXAMPLE", temporary: false, credentialsIssuedAt: null, mfaAuthenticatedAt: null, db: t.db, now, context: TEST_CONTEXT, settings });
}

async function failure(action: string, params: Record<string, string>, actor: Principal) {
  const error = await call(action, params, actor).then(
    () => new Error(`expected ${action} to fail`),
    (e: unknown) => e,
  );
  if (!(error instanceof Error) || !("code" in error)) throw error;
  return { code: (error as Error & { code: string }).code, message: error.message };
}

/** An IAM user whose only permissions are one inline policy of `statements`. */
async function userWith(userName: string, statements: object[]): Promise<Principal> {
  const user = await newUser(t.db, root, userName, now, { policies: false });
  await call("PutUserPolicy", { UserName: userName, PolicyName: "scoped", PolicyDocument: JSON.stringify({ Version: "2012-10-17", Statement: statements }) });
  return user;
}

const notAllowed = (user: string, action: string, resource: string) =>
  `User: arn:aws:iam::${account}:user/${user} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`;

describe("groups, on the group's ARN", () => {
  it("a policy allowing iam:GetGroup on one group ARN reads that group only", async () => {
    await call("CreateGroup", { GroupName: "Readers", Path: "/team/" });
    await call("CreateGroup", { GroupName: "Writers" });
    const gail = await userWith("gail", [{ Effect: "Allow", Action: "iam:GetGroup", Resource: `arn:aws:iam::${account}:group/team/Readers` }]);

    expect(((await call("GetGroup", { GroupName: "Readers" }, gail))!.Group as { GroupName: string }).GroupName).toBe("Readers");
    expect(await failure("GetGroup", { GroupName: "Writers" }, gail)).toEqual({ code: "AccessDenied", message: notAllowed("gail", "iam:GetGroup", `arn:aws:iam::${account}:group/Writers`) });
    // A group that does not exist is refused, not reported missing: the caller learns nothing.
    expect((await failure("GetGroup", { GroupName: "Nobody" }, gail)).code).toBe("AccessDenied");
  });

  it("membership changes, renames, creation and listing name the group's ARN or the path prefix", async () => {
    await newUser(t.db, root, "member", now, { policies: false });
    const gus = await userWith("gus", [
      { Effect: "Allow", Action: ["iam:AddUserToGroup", "iam:RemoveUserFromGroup", "iam:CreateGroup", "iam:UpdateGroup", "iam:DeleteGroup"], Resource: `arn:aws:iam::${account}:group/ops/*` },
      { Effect: "Allow", Action: "iam:ListGroups", Resource: `arn:aws:iam::${account}:group/ops/` },
    ]);
    await call("CreateGroup", { GroupName: "Oncall", Path: "/ops/" }, gus);
    expect((await failure("CreateGroup", { GroupName: "Elsewhere" }, gus)).message).toBe(notAllowed("gus", "iam:CreateGroup", `arn:aws:iam::${account}:group/Elsewhere`));
    await call("AddUserToGroup", { GroupName: "Oncall", UserName: "member" }, gus);
    expect((await failure("AddUserToGroup", { GroupName: "Writers", UserName: "member" }, gus)).code).toBe("AccessDenied");
    // A rename needs the right under the new name and path as well.
    expect((await failure("UpdateGroup", { GroupName: "Oncall", NewPath: "/" }, gus)).message).toBe(notAllowed("gus", "iam:UpdateGroup", `arn:aws:iam::${account}:group/Oncall`));
    await call("UpdateGroup", { GroupName: "Oncall", NewGroupName: "Pager" }, gus);
    expect(((await call("ListGroups", { PathPrefix: "/ops/" }, gus))!.Groups as { GroupName: string }[]).map((g) => g.GroupName)).toEqual(["Pager"]);
    expect((await failure("ListGroups", {}, gus)).message).toBe(notAllowed("gus", "iam:ListGroups", `arn:aws:iam::${account}:group/`));
    await call("RemoveUserFromGroup", { GroupName: "Pager", UserName: "member" }, gus);
    await call("DeleteGroup", { GroupName: "Pager" }, gus);
  });
});

describe("managed policies, on the policy's ARN", () => {
  const doc = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:ListAllMyBuckets", Resource: "*" }] });

  it("a policy allowing policy actions on one policy ARN covers that policy (and AWS's it names) only", async () => {
    await call("CreatePolicy", { PolicyName: "Mine", PolicyDocument: doc });
    await call("CreatePolicy", { PolicyName: "Theirs", PolicyDocument: doc });
    const mine = `arn:aws:iam::${account}:policy/Mine`;
    const theirs = `arn:aws:iam::${account}:policy/Theirs`;
    const readOnly = "arn:aws:iam::aws:policy/IAMReadOnlyAccess";
    const pat = await userWith("pat", [
      { Effect: "Allow", Action: ["iam:GetPolicy", "iam:GetPolicyVersion", "iam:ListPolicyVersions", "iam:CreatePolicyVersion", "iam:TagPolicy", "iam:ListEntitiesForPolicy"], Resource: [mine, readOnly] },
      { Effect: "Allow", Action: "iam:CreatePolicy", Resource: `arn:aws:iam::${account}:policy/team/*` },
    ]);

    expect(((await call("GetPolicy", { PolicyArn: mine }, pat))!.Policy as { PolicyName: string }).PolicyName).toBe("Mine");
    expect(((await call("GetPolicy", { PolicyArn: readOnly }, pat))!.Policy as { PolicyName: string }).PolicyName).toBe("IAMReadOnlyAccess");
    expect(await failure("GetPolicy", { PolicyArn: theirs }, pat)).toEqual({ code: "AccessDenied", message: notAllowed("pat", "iam:GetPolicy", theirs) });
    await call("CreatePolicyVersion", { PolicyArn: mine, PolicyDocument: doc }, pat);
    expect((await failure("CreatePolicyVersion", { PolicyArn: theirs, PolicyDocument: doc }, pat)).code).toBe("AccessDenied");
    expect((await call("ListPolicyVersions", { PolicyArn: mine }, pat))!.Versions).toHaveLength(2);
    expect((await failure("GetPolicyVersion", { PolicyArn: theirs, VersionId: "v1" }, pat)).code).toBe("AccessDenied");
    await call("TagPolicy", { PolicyArn: mine, "Tags.member.1.Key": "k", "Tags.member.1.Value": "v" }, pat);
    expect((await failure("ListEntitiesForPolicy", { PolicyArn: theirs }, pat)).code).toBe("AccessDenied");

    await call("CreatePolicy", { PolicyName: "TeamPolicy", Path: "/team/", PolicyDocument: doc }, pat);
    expect((await failure("CreatePolicy", { PolicyName: "Loose", PolicyDocument: doc }, pat)).message).toBe(notAllowed("pat", "iam:CreatePolicy", `arn:aws:iam::${account}:policy/Loose`));
    expect((await failure("ListPolicies", {}, pat)).message).toBe(notAllowed("pat", "iam:ListPolicies", `arn:aws:iam::${account}:policy/`));
  });
});
