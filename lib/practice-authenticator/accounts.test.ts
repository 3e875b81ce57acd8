import { describe, expect, it } from "vitest";
import { AccountInputError, accountFromSecret, accountFromUri, currentCode, loadAccounts, saveAccounts, secondsLeft } from "./accounts";

const SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("the practice authenticator's accounts", () => {
  it("reads an AWS QR code's URI, percent-encoded @ included", () => {
    const account = accountFromUri(
      `otpauth://totp/Amazon%20Web%20Services:root-account-mfa-device%40my-lab?secret=${SEED}&issuer=Amazon%20Web%20Services`,
      "1",
    );
    expect(account).toMatchObject({ issuer: "Amazon Web Services", label: "root-account-mfa-device@my-lab", secret: SEED, digits: 6, period: 30 });
  });

  it("takes a secret key in AWS's groups of four, in any case", () => {
    expect(accountFromSecret("gezd gnbv gy3t qojq gezd gnbv gy3t qojq", "lab", "1").secret).toBe(SEED);
  });

  it("refuses what is not a key or a TOTP URI", () => {
    expect(() => accountFromSecret("not a key!", "x", "1")).toThrow(AccountInputError);
    expect(() => accountFromSecret("ABCDEFGH", "x", "1")).toThrow(AccountInputError);
    expect(() => accountFromUri("https://example.com", "1")).toThrow(AccountInputError);
    expect(() => accountFromUri(`otpauth://hotp/x?secret=${SEED}&counter=1`, "1")).toThrow(AccountInputError);
  });

  it("shows the RFC 6238 code and the seconds left in the step", () => {
    const account = accountFromSecret(SEED, "rfc", "1");
    expect(currentCode(account, 59_000)).toBe("287082");
    expect(secondsLeft(account, 59_000)).toBe(1);
    expect(secondsLeft(account, 60_000)).toBe(30);
  });

  it("keeps accounts in the browser's storage and drops what it cannot trust", () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const account = accountFromSecret(SEED, "lab", "1");
    saveAccounts(storage, [account]);
    expect(loadAccounts(storage)).toEqual([account]);
    store.set("mock-iam-console.practice-authenticator", "{not json");
    expect(loadAccounts(storage)).toEqual([]);
    store.set("mock-iam-console.practice-authenticator", JSON.stringify([{ id: "x", secret: "<script>" }]));
    expect(loadAccounts(storage)).toEqual([]);
  });
});
