import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigError, decodeEncryptionKey, parseEnv } from "./env";

const valid = {
  AUTH_SECRET: "x".repeat(32),
  DATA_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
};

describe("parseEnv", () => {
  it("fills the defaults of a fresh clone", () => {
    const env = parseEnv(valid);
    expect(env.DATABASE_URL).toBe("file:./data/mock-iam.db");
    expect(env.DEMO_MODE).toBe(true);
    expect(env.MFA_DEVICE_LIMIT).toBeNull();
    expect(env.TEST_CLOCKS).toBe(false);
  });

  it("reads switches and limits", () => {
    const env = parseEnv({ ...valid, DEMO_MODE: "false", MFA_DEVICE_LIMIT: "8", DATABASE_URL: "postgresql://h/db" });
    expect(env).toMatchObject({ DEMO_MODE: false, MFA_DEVICE_LIMIT: 8, DATABASE_URL: "postgresql://h/db" });
  });

  it("reads SANDBOX_EXPIRY_HOURS as whole hours, with unset, empty and 0 meaning sandboxes never expire", () => {
    expect(parseEnv(valid).SANDBOX_EXPIRY_HOURS).toBeNull();
    expect(parseEnv({ ...valid, SANDBOX_EXPIRY_HOURS: "" }).SANDBOX_EXPIRY_HOURS).toBeNull();
    expect(parseEnv({ ...valid, SANDBOX_EXPIRY_HOURS: "0" }).SANDBOX_EXPIRY_HOURS).toBeNull();
    expect(parseEnv({ ...valid, SANDBOX_EXPIRY_HOURS: " 72 " }).SANDBOX_EXPIRY_HOURS).toBe(72);
    for (const bad of ["-1", "1.5", "24h", "1e3"]) {
      expect(() => parseEnv({ ...valid, SANDBOX_EXPIRY_HOURS: bad }), bad).toThrow(
        "SANDBOX_EXPIRY_HOURS must be a whole number of hours (unset or 0: sandboxes never expire)",
      );
    }
    expect(() => parseEnv({ ...valid, SANDBOX_EXPIRY_HOURS: "87601" })).toThrow("SANDBOX_EXPIRY_HOURS must be at most 87600 (ten years)");
  });

  it("reads TRUSTED_PROXY_HOPS as a small whole number, 0 (trust no forwarded header) by default", () => {
    expect(parseEnv(valid).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ ...valid, TRUSTED_PROXY_HOPS: " 2 " }).TRUSTED_PROXY_HOPS).toBe(2);
    for (const bad of ["-1", "1.5", "yes", "true"]) {
      expect(() => parseEnv({ ...valid, TRUSTED_PROXY_HOPS: bad }), bad).toThrow("TRUSTED_PROXY_HOPS must be the number of reverse proxies");
    }
    expect(() => parseEnv({ ...valid, TRUSTED_PROXY_HOPS: "11" })).toThrow("TRUSTED_PROXY_HOPS must be at most 10");
  });

  it("names every bad variable and says how to fix it", () => {
    let error: unknown;
    try {
      parseEnv({ DATA_ENCRYPTION_KEY: "too-short", MFA_DEVICE_LIMIT: "9", DATABASE_URL: "mysql://x" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join("\n");
    expect(problems).toMatch(/AUTH_SECRET is missing: run `npm start`/);
    expect(problems).toMatch(/DATA_ENCRYPTION_KEY must be 32 bytes in base64: generate one with `openssl rand -base64 32`/);
    expect(problems).toMatch(/MFA_DEVICE_LIMIT/);
    expect(problems).toMatch(/DATABASE_URL must start with "file:"/);
  });
});

describe("decodeEncryptionKey", () => {
  it("accepts 32 bytes in base64 and base64url", () => {
    const key = randomBytes(32);
    expect(decodeEncryptionKey(key.toString("base64"))).toEqual(key);
    expect(decodeEncryptionKey(key.toString("base64url"))).toEqual(key);
  });

  it("refuses other lengths and non-base64 text, such as a 32-character passphrase", () => {
    expect(decodeEncryptionKey(randomBytes(16).toString("base64"))).toBeNull();
    expect(decodeEncryptionKey("correct horse battery staple!!!!")).toBeNull();
  });
});
