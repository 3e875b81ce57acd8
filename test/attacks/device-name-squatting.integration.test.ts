import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "@/lib/iam/create-account";
import { createVirtualMfaDevice } from "@/lib/iam/create-virtual-mfa-device";
import { deleteVirtualMfaDevice } from "@/lib/iam/delete-virtual-mfa-device";
import { getPrincipal } from "@/lib/iam/get-principal";
import { listMfaDeviceTags } from "@/lib/iam/list-mfa-device-tags";
import type { Principal } from "@/lib/iam/principal";
import type { IamSettings } from "@/lib/iam/settings";
import { startVirtualMfaSetup } from "@/lib/iam/start-virtual-mfa-setup";
import { tagMfaDevice } from "@/lib/iam/tag-mfa-device";
import { iamError, newAccount, newUser } from "@/test/support/iam-fixtures";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";

// Issue 14, item 7: an IAM user without administrator rights called CreateVirtualMFADevice with the
// administrator's name, which then blocked the administrator's wizard. Now the user's policy, AWS's
// MFA self-management example, lets them create and delete only the device named after themselves
// (arn:aws:iam::*:mfa/${aws:username}), in either console, and tag none.
let t: Awaited<ReturnType<typeof createTestDb>>;
let root: Principal;
let admin: Principal;
let bob: Principal;
const now = new Date("2021-01-20T02:12:40Z");
const settings: IamSettings = { encryptionKey: randomBytes(32), mfaDevicesPerUser: 1 };
const context = TEST_CONTEXT;

beforeAll(async () => {
  t = await createTestDb();
  root = await newAccount(t.db, "squat@example.com", now);
  admin = await newUser(t.db, root, "Admin", now, { isAdmin: true });
  bob = await newUser(t.db, root, "Bob", now);
});
afterAll(() => t.close());

describe("attack: a user without rights squats another user's device name", () => {
  it("refuses the administrator's name, the root user's and any other, creating nothing", async () => {
    for (const name of ["Admin", "root-account-mfa-device", "Carol", "Bobby"]) {
      const error = await iamError(createVirtualMfaDevice(t.db, { actor: bob, name, settings, now, context }));
      expect(error.code, name).toBe("AccessDenied");
      expect(error.message).toBe(
        `User: ${bob.arn} is not authorized to perform: iam:CreateVirtualMFADevice on resource: arn:aws:iam::${root.accountId}:mfa/${name} because no identity-based policy allows the iam:CreateVirtualMFADevice action`,
      );
    }
    const error = await iamError(createVirtualMfaDevice(t.db, { actor: bob, name: "Bob", path: "/other/", settings, now, context }));
    expect(error.code).toBe("AccessDenied");
    expect(await t.db.mfaDevice.count({ where: { accountId: root.accountId } })).toBe(0);
  });

  it("leaves the administrator's wizard its name", async () => {
    const device = await startVirtualMfaSetup(t.db, { actor: admin, settings, now, context });
    expect(device.serialNumber).toBe(`arn:aws:iam::${root.accountId}:mfa/Admin`);
  });

  it("keeps the user's own device, by the wizard or the API, and no one else's", async () => {
    const own = await createVirtualMfaDevice(t.db, { actor: bob, name: "Bob", settings, now, context });
    // The policy grants no tagging, not even of one's own device.
    expect((await iamError(tagMfaDevice(t.db, { actor: bob, serialNumber: own.serialNumber, tags: [{ key: "team", value: "lab" }], now, context }))).code).toBe("AccessDenied");

    const adminDevice = `arn:aws:iam::${root.accountId}:mfa/Admin`;
    for (const attempt of [
      tagMfaDevice(t.db, { actor: bob, serialNumber: adminDevice, tags: [{ key: "x", value: "y" }], now, context }),
      listMfaDeviceTags(t.db, { actor: bob, serialNumber: adminDevice }),
      deleteVirtualMfaDevice(t.db, { actor: bob, serialNumber: adminDevice, now, context }),
    ]) {
      expect((await iamError(attempt)).code).toBe("AccessDenied");
    }
    expect(await t.db.mfaDevice.count({ where: { serialNumber: adminDevice } })).toBe(1);
    await deleteVirtualMfaDevice(t.db, { actor: bob, serialNumber: own.serialNumber, now, context });
  });

  it("in the current console, where the wizard asks for any name, a user still makes only the one named after themselves", async () => {
    const { accountId } = await createAccount(t.db, { email: "squat-today@example.com", accountName: "Lab", password: "Root-pass-1", consoleVersion: "current", now, context });
    const today = (await getPrincipal(t.db, accountId, null))!;
    const todaysAdmin = await newUser(t.db, today, "Admin", now, { isAdmin: true });
    const carol = await newUser(t.db, today, "Carol", now);
    const dave = await newUser(t.db, today, "Dave", now);
    const admins = await createVirtualMfaDevice(t.db, { actor: todaysAdmin, name: "admins-phone", settings, now, context });
    expect((await iamError(createVirtualMfaDevice(t.db, { actor: carol, name: "carols-phone", settings, now, context }))).code).toBe("AccessDenied");
    const carols = await createVirtualMfaDevice(t.db, { actor: carol, name: "Carol", settings, now, context });
    for (const serialNumber of [admins.serialNumber, carols.serialNumber]) {
      for (const attempt of [
        tagMfaDevice(t.db, { actor: dave, serialNumber, tags: [{ key: "x", value: "y" }], now, context }),
        listMfaDeviceTags(t.db, { actor: dave, serialNumber }),
        deleteVirtualMfaDevice(t.db, { actor: dave, serialNumber, now, context }),
      ]) {
        expect((await iamError(attempt)).code).toBe("AccessDenied");
      }
    }
    expect(await t.db.mfaDevice.count({ where: { accountId } })).toBe(2);
    // Another's name is refused before it is looked up: Dave cannot tell whether it is taken.
    expect((await iamError(createVirtualMfaDevice(t.db, { actor: dave, name: "admins-phone", settings, now, context }))).code).toBe("AccessDenied");
  });
});
