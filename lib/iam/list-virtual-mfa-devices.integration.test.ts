import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeAtStep, timeStepAt } from "@/lib/mfa/totp";
import { iamError, newAccount, newUser } from "@/test/support/iam-fixtures";
import { createTestDb, TEST_CONTEXT } from "@/test/support/test-db";
import { createUser } from "./create-user";
import { createVirtualMfaDevice } from "./create-virtual-mfa-device";
import { enableMfaDevice } from "./enable-mfa-device";
import { getAccountSummary } from "./get-account-summary";
import { getPrincipal } from "./get-principal";
import { listVirtualMfaDevices } from "./list-virtual-mfa-devices";
import type { Principal } from "./principal";
import type { IamSettings } from "./settings";

let t: Awaited<ReturnType<typeof createTestDb>>;
let root: Principal;
let admin: Principal;
let bob: Principal;

const now = new Date("2021-03-11T09:00:00Z");
const settings: IamSettings = { encryptionKey: randomBytes(32), mfaDevicesPerUser: 1 };
const serial = (name: string) => `arn:aws:iam::${root.accountId}:mfa/${name}`;

async function enable(actor: Principal, name: string, userName?: string) {
  const device = await createVirtualMfaDevice(t.db, { actor, name, settings, now, context: TEST_CONTEXT });
  const s = timeStepAt(now);
  const codes = { code1: codeAtStep(device.seed, s - 1), code2: codeAtStep(device.seed, s) };
  await enableMfaDevice(t.db, { actor, userName, serialNumber: device.serialNumber, ...codes, settings, now, context: TEST_CONTEXT });
  return device;
}

beforeAll(async () => {
  t = await createTestDb();
  root = await newAccount(t.db, "devices-owner@example.com", now);
  admin = await newUser(t.db, root, "Admin", now, { isAdmin: true });
  bob = await newUser(t.db, root, "Bob", now);
  await enable(root, "root-account-mfa-device");
  await enable(admin, "Bob", "Bob");
  for (const name of ["leftover-a", "leftover-b", "leftover-c"]) await createVirtualMfaDevice(t.db, { actor: root, name, settings, now, context: TEST_CONTEXT });
  const other = await newAccount(t.db, "devices-other@example.com", now);
  await createVirtualMfaDevice(t.db, { actor: other, name: "elsewhere", settings, now, context: TEST_CONTEXT });
});
afterAll(() => t.close());

describe("listVirtualMfaDevices", () => {
  it("lists the account's devices by serial number, Any by default: unassigned ones with their serial number only", async () => {
    const { virtualMfaDevices, isTruncated, marker } = await listVirtualMfaDevices(t.db, { actor: admin });
    expect(isTruncated).toBe(false);
    expect(marker).toBeUndefined();
    expect(virtualMfaDevices.map((device) => device.serialNumber)).toEqual(
      ["Bob", "leftover-a", "leftover-b", "leftover-c", "root-account-mfa-device"].map(serial),
    );
    expect(virtualMfaDevices[1]).toEqual({ serialNumber: serial("leftover-a") });
    expect(virtualMfaDevices[0]).toEqual({
      serialNumber: serial("Bob"),
      enableDate: now,
      user: { path: "/", userName: "Bob", userId: bob.userId, arn: bob.arn, createDate: now, passwordLastUsed: null },
    });
    expect(virtualMfaDevices[4].user).toMatchObject({ arn: root.arn, userId: root.accountId, userName: null });
    expect(JSON.stringify(virtualMfaDevices)).not.toMatch(/seed|secret|Ciphertext/i);
  });

  it("filters by assignment status, and its counts match GetAccountSummary", async () => {
    const assigned = await listVirtualMfaDevices(t.db, { actor: root, assignmentStatus: "Assigned" });
    const unassigned = await listVirtualMfaDevices(t.db, { actor: root, assignmentStatus: "Unassigned" });
    expect(assigned.virtualMfaDevices.map((device) => device.serialNumber)).toEqual([serial("Bob"), serial("root-account-mfa-device")]);
    expect(unassigned.virtualMfaDevices.every((device) => device.user === undefined && device.enableDate === undefined)).toBe(true);
    const summary = await getAccountSummary(t.db, { actor: root });
    expect(summary.MFADevicesInUse).toBe(assigned.virtualMfaDevices.length);
    expect(summary.MFADevices).toBe(assigned.virtualMfaDevices.length + unassigned.virtualMfaDevices.length);
  });

  it("pages with MaxItems and Marker, and refuses a marker it did not make", async () => {
    const first = await listVirtualMfaDevices(t.db, { actor: root, maxItems: 2 });
    expect(first.isTruncated).toBe(true);
    const second = await listVirtualMfaDevices(t.db, { actor: root, maxItems: 2, marker: first.marker });
    const third = await listVirtualMfaDevices(t.db, { actor: root, maxItems: 2, marker: second.marker });
    expect(third).toMatchObject({ isTruncated: false });
    expect([...first.virtualMfaDevices, ...second.virtualMfaDevices, ...third.virtualMfaDevices].map((device) => device.serialNumber)).toEqual(
      (await listVirtualMfaDevices(t.db, { actor: root })).virtualMfaDevices.map((device) => device.serialNumber),
    );

    for (const marker of ["nonsense", Buffer.from("arn:aws:iam::999999999999:mfa/x").toString("base64url")]) {
      const error = await iamError(listVirtualMfaDevices(t.db, { actor: root, marker }));
      expect({ code: error.code, message: error.message }).toEqual({ code: "ValidationError", message: "Invalid Marker." });
    }
    for (const maxItems of [0, 1001, 1.5]) expect((await iamError(listVirtualMfaDevices(t.db, { actor: root, maxItems }))).code).toBe("ValidationError");
  });

  it("takes a policy that allows iam:ListVirtualMFADevices: a user with none is refused in AWS's words", async () => {
    const { userId } = await createUser(t.db, { accountId: root.accountId, userName: "Nobody", actor: root, now, context: TEST_CONTEXT });
    const nobody = (await getPrincipal(t.db, root.accountId, userId))!;
    const error = await iamError(listVirtualMfaDevices(t.db, { actor: nobody }));
    expect({ code: error.code, message: error.message }).toEqual({
      code: "AccessDenied",
      message: `User: ${nobody.arn} is not authorized to perform: iam:ListVirtualMFADevices on resource: * because no identity-based policy allows the iam:ListVirtualMFADevices action`,
    });
    expect((await iamError(getAccountSummary(t.db, { actor: nobody }))).code).toBe("AccessDenied");
    // AWS's self-management policy lets a user signed in with MFA list the account's virtual devices.
    expect((await listVirtualMfaDevices(t.db, { actor: bob })).virtualMfaDevices.length).toBeGreaterThan(0);
  });
});
