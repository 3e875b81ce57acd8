import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newAccount, newUser } from "@/test/support/iam-fixtures";
import { TEST_SETTINGS } from "@/test/support/populated-account";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { createAccessKey } from "./create-access-key";
import { findSigningCredentials, LAST_USED_RESOLUTION_MS, markAccessKeyUsed } from "./signing-credentials";
import { updateAccessKey } from "./update-access-key";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const now = new Date("2021-01-20T02:05:52Z");
const later = (ms: number) => new Date(now.getTime() + ms);
const lastUsed = async (id: string) => (await t.db.accessKey.findUnique({ where: { id } }))!.lastUsedAt;

describe("the credentials behind a signature", () => {
  it("give the key's principal, root or IAM user, with its secret; an inactive or unknown key gives nothing", async () => {
    const root = await newAccount(t.db, "signer@example.com", now);
    const bob = await newUser(t.db, root, "Bob", now, { isAdmin: true, mfa: false });
    for (const [actor, userName] of [
      [root, null],
      [root, "Bob"],
    ] as const) {
      const key = await createAccessKey(t.db, { actor, userName, settings: TEST_SETTINGS, now, context: TEST_CONTEXT });
      const found = await findSigningCredentials(t.db, { accessKeyId: key.accessKeyId, now, encryptionKey: TEST_SETTINGS.encryptionKey });
      expect(found).toEqual({
        principal: userName ? bob : root,
        secretAccessKey: key.secretAccessKey,
        sessionTokenHash: null,
        issuedAt: null,
        mfaAuthenticatedAt: null,
        lastUsedAt: null,
        clockOffsetSeconds: null,
      });
      await updateAccessKey(t.db, { actor, userName, accessKeyId: key.accessKeyId, status: "Inactive", now, context: TEST_CONTEXT });
      expect(await findSigningCredentials(t.db, { accessKeyId: key.accessKeyId, now, encryptionKey: TEST_SETTINGS.encryptionKey })).toBeNull();
    }
    expect(await findSigningCredentials(t.db, { accessKeyId: "AKIAAAAAAAAAAAAAAAAA", now, encryptionKey: TEST_SETTINGS.encryptionKey })).toBeNull();
  });

  it("record a key's last use to the minute: a busy key is not written on every request", async () => {
    const root = await newAccount(t.db, "busy@example.com", now);
    const { accessKeyId } = await createAccessKey(t.db, { actor: root, settings: TEST_SETTINGS, now, context: TEST_CONTEXT });
    expect(await lastUsed(accessKeyId)).toBeNull();
    await markAccessKeyUsed(t.db, { accessKeyId, service: "iam", region: "us-east-1", now: now });
    expect(await lastUsed(accessKeyId)).toEqual(now);
    await markAccessKeyUsed(t.db, { accessKeyId, service: "iam", region: "us-east-1", now: later(LAST_USED_RESOLUTION_MS - 1) });
    expect(await lastUsed(accessKeyId)).toEqual(now);
    await markAccessKeyUsed(t.db, { accessKeyId, service: "iam", region: "us-east-1", now: later(LAST_USED_RESOLUTION_MS + 1) });
    expect(await lastUsed(accessKeyId)).toEqual(later(LAST_USED_RESOLUTION_MS + 1));
  });
});
