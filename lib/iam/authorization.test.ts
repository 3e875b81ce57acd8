import { describe, expect, it } from "vitest";
import { accessDenied, isAccountAdministrator, isSelf, mayManageCredentialsOf, mayManageVirtualMfaDevice, requireAccountAdministrator } from "./authorization";
import type { Principal } from "./principal";

const ACCOUNT = "123456789012";
const root: Principal = {
  accountId: ACCOUNT,
  accountAlias: null,
  accountName: "Test",
  userId: null,
  userName: null,
  arn: `arn:aws:iam::${ACCOUNT}:root`,
  isRoot: true,
  isAdmin: true,
  consoleVersion: "2021",
};
const iamUser = (userName: string, isAdmin: boolean): Principal => ({
  accountId: ACCOUNT,
  accountAlias: null,
  accountName: "Test",
  userId: `AIDA${userName.toUpperCase()}`,
  userName,
  arn: `arn:aws:iam::${ACCOUNT}:user/${userName}`,
  isRoot: false,
  isAdmin,
  consoleVersion: "2021",
});
const admin = iamUser("Admin", true);
const bob = iamUser("Bob", false);

describe("authorization rules", () => {
  it("make the root user and administrator IAM users administrators of their account, and no one else", () => {
    expect(isAccountAdministrator(root)).toBe(true);
    expect(isAccountAdministrator(admin)).toBe(true);
    expect(isAccountAdministrator(bob)).toBe(false);
  });

  it("let administrators manage every user's credentials and other users only their own, whatever the case of the name", () => {
    for (const name of ["Bob", "bob", "Carol", "Admin"]) {
      expect(mayManageCredentialsOf(root, name), `root on ${name}`).toBe(true);
      expect(mayManageCredentialsOf(admin, name), `admin on ${name}`).toBe(true);
    }
    expect(mayManageCredentialsOf(bob, "Bob")).toBe(true);
    expect(mayManageCredentialsOf(bob, "BOB")).toBe(true);
    expect(mayManageCredentialsOf(bob, "Carol")).toBe(false);
    expect(mayManageCredentialsOf(bob, "Admin")).toBe(false);
    expect(mayManageCredentialsOf(bob, "Bob2")).toBe(false);
  });

  it("never take the root user for an IAM user of the same name", () => {
    expect(isSelf(root, "root")).toBe(false);
    expect(isSelf({ ...root, userName: "root" }, "root")).toBe(false);
  });

  it("refuse a non-administrator with AWS's AccessDenied wording, naming the caller and the action", () => {
    expect(() => requireAccountAdministrator(root, "DeleteUser")).not.toThrow();
    expect(() => requireAccountAdministrator(admin, "DeleteUser")).not.toThrow();
    expect(() => requireAccountAdministrator(bob, "DeleteUser")).toThrow(
      expect.objectContaining({
        code: "AccessDenied",
        message: `User: arn:aws:iam::${ACCOUNT}:user/Bob is not authorized to perform: iam:DeleteUser because no identity-based policy allows the iam:DeleteUser action`,
      }),
    );
    expect(accessDenied(bob, "LookupEvents", "cloudtrail").message).toContain("perform: cloudtrail:LookupEvents");
    expect(accessDenied(bob, "LookupEvents", "cloudtrail").status).toBe(403);
  });
});

describe("mayManageVirtualMfaDevice", () => {
  const device = (name: string, path = "/", assignedToPrincipal = false, createdByPrincipal = false) => ({ name, path, assignedToPrincipal, createdByPrincipal });

  it("lets administrators manage any device", () => {
    expect(mayManageVirtualMfaDevice(root, device("anything", "/team/"))).toBe(true);
    expect(mayManageVirtualMfaDevice(admin, device("Bob"))).toBe(true);
  });

  it("lets any other user only the name of their own, as AWS's self-manage-MFA policy, and the devices assigned to them", () => {
    expect(mayManageVirtualMfaDevice(bob, device("Bob"))).toBe(true);
    expect(mayManageVirtualMfaDevice(bob, device("Bob-2"))).toBe(true);
    expect(mayManageVirtualMfaDevice(bob, device("Squatted", "/", true))).toBe(true);
    for (const name of ["Admin", "root-account-mfa-device", "bob", "Bob-9", "Bob-22", "Bobby", "xBob", "Bob-2x"]) {
      expect(mayManageVirtualMfaDevice(bob, device(name)), name).toBe(false);
    }
    expect(mayManageVirtualMfaDevice(bob, device("Bob", "/other/"))).toBe(false);
    // In the 2021 console, having made a device by another name earns nothing.
    expect(mayManageVirtualMfaDevice(bob, device("Admin", "/", false, true))).toBe(false);
  });

  it("lets any other user of the current console name devices freely, and manage only those they made or hold", () => {
    const today = { ...bob, consoleVersion: "current" as const };
    expect(mayManageVirtualMfaDevice(today, device("bobs-phone", "/", false, true))).toBe(true);
    expect(mayManageVirtualMfaDevice(today, device("Admin", "/team/", false, true))).toBe(true);
    expect(mayManageVirtualMfaDevice(today, device("Carols-phone", "/", true))).toBe(true);
    expect(mayManageVirtualMfaDevice(today, device("Carols-phone"))).toBe(false);
    expect(mayManageVirtualMfaDevice(today, device("Bob"))).toBe(false);
  });

  it("reads a user name with regular-expression characters literally", () => {
    const dotted = { ...bob, userName: "a.b+c" };
    expect(mayManageVirtualMfaDevice(dotted, device("a.b+c"))).toBe(true);
    expect(mayManageVirtualMfaDevice(dotted, device("aXb+c"))).toBe(false);
  });
});
