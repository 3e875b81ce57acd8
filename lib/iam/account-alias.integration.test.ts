import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPasswordSignIn } from "@/lib/auth/password-sign-in";
import { iamError, newAccount, newUser, storedEvents } from "@/test/support/iam-fixtures";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { createAccountAlias } from "./create-account-alias";
import { deleteAccountAlias } from "./delete-account-alias";
import { getPrincipal } from "./get-principal";
import type { Principal } from "./principal";

let t: Awaited<ReturnType<typeof createTestDb>>;
let root: Principal;
let admin: Principal;
let bob: Principal;
let otherRoot: Principal;

const now = new Date("2021-03-11T09:00:00Z");
const PASSWORD = "Bob-pass-2021";

const aliasOf = async (accountId: string) => (await t.db.account.findUnique({ where: { id: accountId } }))!.alias;
const signInBy = (account: string) =>
  verifyPasswordSignIn(t.db, { kind: "iam", account, userName: "Bob", password: PASSWORD }, { now, context: TEST_CONTEXT });

beforeAll(async () => {
  t = await createTestDb();
  root = await newAccount(t.db, "alias-owner@example.com", now);
  admin = await newUser(t.db, root, "Admin", now, { isAdmin: true });
  bob = await newUser(t.db, root, "Bob", now, { password: PASSWORD });
  otherRoot = await newAccount(t.db, "alias-other@example.com", now);
});
afterAll(() => t.close());

describe("account aliases", () => {
  it("create, replace and delete an alias; IAM users sign in by whichever alias is current, and by the account id always", async () => {
    await createAccountAlias(t.db, { actor: root, accountAlias: "class-2021", now, context: TEST_CONTEXT });
    expect(await aliasOf(root.accountId)).toBe("class-2021");
    expect(await signInBy("class-2021")).toMatchObject({ userName: "Bob", accountAlias: "class-2021" });
    expect((await getPrincipal(t.db, root.accountId, bob.userId))?.accountAlias).toBe("class-2021");

    await createAccountAlias(t.db, { actor: admin, accountAlias: "class-2021-b", now, context: TEST_CONTEXT });
    expect(await aliasOf(root.accountId)).toBe("class-2021-b");
    expect(await signInBy("class-2021")).toBeNull();
    expect(await signInBy("class-2021-b")).not.toBeNull();

    await deleteAccountAlias(t.db, { actor: admin, accountAlias: "class-2021-b", now, context: TEST_CONTEXT });
    expect(await aliasOf(root.accountId)).toBeNull();
    expect(await signInBy("class-2021-b")).toBeNull();
    expect(await signInBy(root.accountId)).not.toBeNull();

    const events = (await storedEvents(t.db, root.accountId)).filter((event) => event.eventName.endsWith("AccountAlias"));
    expect(events.map((event) => `${event.eventName} ${event.requestParameters}`).sort()).toEqual([
      'CreateAccountAlias {"accountAlias":"class-2021"}',
      'CreateAccountAlias {"accountAlias":"class-2021-b"}',
      'DeleteAccountAlias {"accountAlias":"class-2021-b"}',
    ]);
  });

  it("are unique across the deployment: another account's alias is EntityAlreadyExists and changes nothing", async () => {
    await createAccountAlias(t.db, { actor: otherRoot, accountAlias: "taken-alias", now, context: TEST_CONTEXT });
    await createAccountAlias(t.db, { actor: root, accountAlias: "mine-alias", now, context: TEST_CONTEXT });
    const error = await iamError(createAccountAlias(t.db, { actor: root, accountAlias: "taken-alias", now, context: TEST_CONTEXT }));
    expect({ code: error.code, message: error.message }).toEqual({ code: "EntityAlreadyExists", message: "The account alias taken-alias already exists." });
    expect(await aliasOf(root.accountId)).toBe("mine-alias");
    expect(await aliasOf(otherRoot.accountId)).toBe("taken-alias");
    // Creating the alias the account already has changes nothing.
    await createAccountAlias(t.db, { actor: root, accountAlias: "mine-alias", now, context: TEST_CONTEXT });
    expect(await aliasOf(root.accountId)).toBe("mine-alias");
  });

  it("refuse non-administrators, and deleting an alias the account does not have, changing nothing", async () => {
    const before = (await storedEvents(t.db, root.accountId)).length;
    expect((await iamError(createAccountAlias(t.db, { actor: bob, accountAlias: "bobs-alias", now, context: TEST_CONTEXT }))).code).toBe("AccessDenied");
    expect((await iamError(deleteAccountAlias(t.db, { actor: bob, accountAlias: "mine-alias", now, context: TEST_CONTEXT }))).code).toBe("AccessDenied");
    const missing = await iamError(deleteAccountAlias(t.db, { actor: root, accountAlias: "taken-alias", now, context: TEST_CONTEXT }));
    expect({ code: missing.code, message: missing.message }).toEqual({ code: "NoSuchEntity", message: "The account alias taken-alias cannot be found." });
    expect(await aliasOf(root.accountId)).toBe("mine-alias");
    expect(await aliasOf(otherRoot.accountId)).toBe("taken-alias");
    expect((await storedEvents(t.db, root.accountId)).length).toBe(before);
  });
});
