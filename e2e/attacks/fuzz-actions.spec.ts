import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { expect, test } from "../support/fixtures";
import { accountState, consoleDatabase } from "./account-state";
import { FUZZ, nastyText } from "./fuzz";

// Issue 14, item 8: every server action of the build (its manifest lists them), posted as a crafted
// request the way the browser posts one, with payloads no form would send. No answer is a server
// error, and an action that did not answer `"ok":true` changed nothing.
type ManifestEntry = { exportedName: string; filename: string; workers: Record<string, unknown> };

/** The build's server actions, each with a page that can receive it, from the server-reference manifest. */
function serverActions(distDir: string) {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.entries(manifest.node)
    .map(([id, entry]) => {
      const route = Object.keys(entry.workers)[0]!;
      const url = route.replace(/^app/, "").replace(/\/\([^)]+\)/g, "").replace(/\/page$/, "").replace(/\[[^\]]+\]/g, "x") || "/";
      return { id, name: entry.exportedName, url };
    })
    // Ending the session is its whole point; the fuzzing needs the session it signed in with.
    .filter((action) => action.name !== "signOutAction");
}

const FIELDS = ["userName", "serialNumber", "code", "code1", "code2", "password", "currentPassword", "newPassword", "alias", "accountId", "accessKeyId", "status", "email", "kind", "enabled", "callbackUrl", "locale"];
const nastyValue = fc.oneof(nastyText, fc.jsonValue({ maxDepth: 2 }));
const payload = fc.oneof(
  fc.array(fc.oneof(nastyValue, fc.dictionary(fc.constantFrom(...FIELDS), nastyValue, { maxKeys: 4 })), { maxLength: 3 }).map((args) => JSON.stringify(args)),
  nastyText,
);

test.describe("attack: crafted server action payloads", () => {
  test("no server action answers a server error, and none that refused changed anything", async ({ rootPage: page, account, baseURL }) => {
    test.setTimeout(240_000);
    const actions = serverActions(process.env.NEXT_DIST_DIR || ".next");
    expect(actions.length).toBeGreaterThan(15);
    const db = consoleDatabase(Number(new URL(baseURL!).port));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...actions), payload, async (action, body) => {
        const before = accountState(db, account.accountId);
        const response = await page.request.post(action.url, {
          headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
          data: body,
          maxRedirects: 0,
        });
        const text = await response.text();
        expect(response.status(), `${action.name} ${body}\n${text.slice(0, 500)}`).toBeLessThan(500);
        if (!text.includes('"ok":true')) expect(accountState(db, account.accountId), `${action.name} ${body} refused, yet changed the account`).toEqual(before);
      }),
      FUZZ,
    );
    db.close();
  });
});
