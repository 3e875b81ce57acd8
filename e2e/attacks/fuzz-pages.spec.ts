import fc from "fast-check";
import { expect, test } from "../support/fixtures";
import { accountState, consoleDatabase } from "./account-state";
import { FUZZ, inUrl, nastyText, rawGet } from "./fuzz";

// Issue 14, item 8: every page's route and query parameters, fuzzed as a signed-in root user. No page
// may answer a server error, and none may change anything.
const PAGES = [
  "/",
  "/signin",
  "/signin/mfa",
  "/signin/mfa/troubleshoot",
  "/signup",
  "/authenticator",
  "/iam/home",
  "/iam/users",
  "/iam/users/create",
  "/iam/users/details/:segment",
  "/iam/mfa-devices",
  "/iam/security-credentials",
  "/iam/account-settings",
  "/iam/event-history",
  "/iam/event-history/:segment",
];
/** The query parameters the pages read, and some they do not. */
const PARAMS = ["callbackUrl", "account", "signedOut", "expired", "eventName", "userName", "nextToken", "created", "tab", "lesson", "x"];

const pageUrl = fc
  .record({
    page: fc.constantFrom(...PAGES),
    segment: inUrl(nastyText),
    query: fc.array(fc.tuple(fc.constantFrom(...PARAMS), inUrl(nastyText)), { maxLength: 4 }),
    extraSegment: fc.option(inUrl(nastyText), { nil: undefined }),
  })
  .map(({ page, segment, query, extraSegment }) => {
    const path = page.replace(":segment", segment || "x") + (extraSegment === undefined ? "" : `/${extraSegment}`);
    return query.length ? `${path}?${query.map(([key, value]) => `${key}=${value}`).join("&")}` : path;
  });

test.describe("attack: malformed page addresses", () => {
  test("the two named: a crafted nextToken and a path that is not UTF-8", async ({ rootPage: page, baseURL }) => {
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const token = Buffer.from(JSON.stringify([1e20, "x"])).toString("base64url");
    expect(await rawGet(baseURL!, `/iam/event-history?eventName=&userName=&nextToken=${token}`, cookie)).toBe(200);
    expect(await rawGet(baseURL!, "/iam/users/details/%ff", cookie)).toBe(400);
  });

  test("no page answers a server error or changes the account, whatever its address", async ({ rootPage: page, account, baseURL }) => {
    test.setTimeout(180_000);
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const db = consoleDatabase(Number(new URL(baseURL!).port));
    const before = accountState(db, account.accountId);
    await fc.assert(
      fc.asyncProperty(pageUrl, async (url) => {
        const status = await rawGet(baseURL!, url, cookie);
        expect(status, url).toBeLessThan(500);
      }),
      FUZZ,
    );
    expect(accountState(db, account.accountId)).toEqual(before);
    db.close();
  });
});
