import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { iamError, newAccount, newUser } from "@/test/support/iam-fixtures";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { changePassword } from "./change-password";
import { createAccountAlias } from "./create-account-alias";
import { deleteUser } from "./delete-user";
import { lookupEvents } from "./lookup-events";
import type { Principal } from "./principal";

let t: Awaited<ReturnType<typeof createTestDb>>;
let root: Principal;
let admin: Principal;
let bob: Principal;

const at = (minute: number, second = 0) => new Date(Date.UTC(2021, 2, 11, 9, minute, second));
const names = (events: { eventName: string }[]) => events.map((event) => event.eventName);

beforeAll(async () => {
  t = await createTestDb();
  root = await newAccount(t.db, "events-owner@example.com", at(0));
  admin = await newUser(t.db, root, "Admin", at(1), { isAdmin: true });
  bob = await newUser(t.db, admin, "Bob", at(2), { password: "Bob-pass-2021" });
  await changePassword(t.db, { actor: bob, oldPassword: "Bob-pass-2021", newPassword: "Bob-pass-2021-b", now: at(2, 30), context: TEST_CONTEXT });
  await createAccountAlias(t.db, { actor: admin, accountAlias: "events-lab", now: at(3), context: TEST_CONTEXT });
  await deleteUser(t.db, { actor: admin, userName: "Bob", deleteCredentials: true, now: at(4), context: TEST_CONTEXT });
  // The same name again, later: a different user.
  await newUser(t.db, root, "Bob", at(5));
  const other = await newAccount(t.db, "events-other@example.com", at(6));
  await newUser(t.db, other, "Bob", at(7));
});
afterAll(() => t.close());

describe("lookupEvents", () => {
  it("returns the account's events newest first, each with its CloudTrail record", async () => {
    const { events, nextToken } = await lookupEvents(t.db, { actor: admin });
    expect(nextToken).toBeUndefined();
    const times = events.map((event) => event.eventTime.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // Events of one call share its time; their order among themselves is not defined.
    expect(names(events).sort()).toEqual(
      // The console's Delete user detaches Bob's self-management policy first.
      ["CreateUser", "DeleteUser", "DetachUserPolicy", "DeleteLoginProfile", "CreateAccountAlias", "ChangePassword", "CreateLoginProfile", "CreateUser", "CreateUser", "CreateAccount"].sort(),
    );
    expect(names(events).slice(0, 1)).toEqual(["CreateUser"]);
    const deleted = events.find((event) => event.eventName === "DeleteUser")!;
    expect(deleted).toMatchObject({ eventName: "DeleteUser", eventTime: at(4), username: "Admin", readOnly: false });
    expect(deleted.cloudTrailEvent).toMatchObject({
      eventTime: "2021-03-11T09:04:00Z",
      userIdentity: { type: "IAMUser", principalId: admin.userId, arn: admin.arn, userName: "Admin" },
      requestParameters: { userName: "Bob" },
      sourceIPAddress: TEST_CONTEXT.sourceIp,
      userAgent: TEST_CONTEXT.userAgent,
      recipientAccountId: root.accountId,
    });
    expect(events.at(-1)!.cloudTrailEvent.userIdentity).toMatchObject({ type: "Root", principalId: root.accountId });
  });

  it("filters by event name, by user name (\"root\" for the root user), by both, and by event id", async () => {
    const created = await lookupEvents(t.db, { actor: root, lookupAttributes: [{ attributeKey: "EventName", attributeValue: "CreateUser" }] });
    expect(names(created.events)).toEqual(["CreateUser", "CreateUser", "CreateUser"]);
    const byRoot = await lookupEvents(t.db, { actor: root, lookupAttributes: [{ attributeKey: "Username", attributeValue: "root" }] });
    expect(names(byRoot.events)).toEqual(["CreateUser", "CreateUser", "CreateAccount"]);
    const both = await lookupEvents(t.db, {
      actor: root,
      lookupAttributes: [
        { attributeKey: "EventName", attributeValue: "CreateUser" },
        { attributeKey: "Username", attributeValue: "Admin" },
      ],
    });
    expect(both.events).toHaveLength(1);
    expect(both.events[0].cloudTrailEvent.requestParameters).toEqual({ userName: "Bob", path: "/" });
    const one = await lookupEvents(t.db, { actor: root, lookupAttributes: [{ attributeKey: "EventId", attributeValue: both.events[0].eventId }] });
    expect(one.events.map((event) => event.eventId)).toEqual([both.events[0].eventId]);
    expect((await lookupEvents(t.db, { actor: root, lookupAttributes: [{ attributeKey: "Username", attributeValue: "Nobody" }] })).events).toEqual([]);
  });

  it("pages with MaxResults and NextToken, and refuses a token it did not make", async () => {
    const all = names((await lookupEvents(t.db, { actor: root })).events);
    const paged: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await lookupEvents(t.db, { actor: root, maxResults: 4, nextToken });
      expect(page.events.length).toBeLessThanOrEqual(4);
      paged.push(...names(page.events));
      nextToken = page.nextToken;
    } while (nextToken);
    expect(paged).toEqual(all);
    for (const nextToken of ["nonsense", Buffer.from('["x"]').toString("base64url")]) {
      expect((await iamError(lookupEvents(t.db, { actor: root, nextToken }))).code).toBe("ValidationError");
    }
    expect((await iamError(lookupEvents(t.db, { actor: root, maxResults: 51 }))).code).toBe("ValidationError");
  });

  it("gives a deleted user's events no principal id, not even the id of a later user of the same name", async () => {
    const { events } = await lookupEvents(t.db, { actor: root, lookupAttributes: [{ attributeKey: "Username", attributeValue: "Bob" }] });
    expect(names(events)).toEqual(["ChangePassword"]);
    expect(events[0].cloudTrailEvent.userIdentity).toEqual({ type: "IAMUser", arn: bob.arn, accountId: root.accountId, userName: "Bob" });
    const newBob = await t.db.user.findFirstOrThrow({ where: { accountId: root.accountId, name: "Bob" } });
    expect(JSON.stringify(events)).not.toContain(newBob.id);
  });

  it("is for administrators only, as reading the trail is in AWS", async () => {
    const carol = await newUser(t.db, root, "Carol", at(8));
    const error = await iamError(lookupEvents(t.db, { actor: carol }));
    expect(error.code).toBe("AccessDenied");
    expect(error.message).toContain("cloudtrail:LookupEvents");
  });
});
