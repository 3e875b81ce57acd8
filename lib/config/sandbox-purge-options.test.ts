import { describe, expect, it } from "vitest";
import { purgeExpiryHours, SANDBOX_PURGE_USAGE } from "./sandbox-purge-options";

describe("purgeExpiryHours", () => {
  it("takes --hours over SANDBOX_EXPIRY_HOURS, and null (nothing expires) from unset or 0", () => {
    expect(purgeExpiryHours([], { SANDBOX_EXPIRY_HOURS: "72" })).toBe(72);
    expect(purgeExpiryHours(["--hours", "24"], { SANDBOX_EXPIRY_HOURS: "72" })).toBe(24);
    expect(purgeExpiryHours(["--hours", "24"], { SANDBOX_EXPIRY_HOURS: "soon" })).toBe(24);
    expect(purgeExpiryHours([], {})).toBeNull();
    expect(purgeExpiryHours([], { SANDBOX_EXPIRY_HOURS: "0" })).toBeNull();
    expect(purgeExpiryHours(["--hours", "0"], { SANDBOX_EXPIRY_HOURS: "72" })).toBeNull();
  });

  it("names the bad value and says what it must be", () => {
    for (const hours of ["-1", "1.5", "24h", "ten"]) {
      expect(() => purgeExpiryHours(["--hours", hours], {})).toThrow("--hours must be a whole number of hours (unset or 0: sandboxes never expire)");
    }
    expect(() => purgeExpiryHours(["--hours", "99999999"], {})).toThrow("--hours must be at most 87600 (ten years)");
    expect(() => purgeExpiryHours([], { SANDBOX_EXPIRY_HOURS: "a day" })).toThrow("SANDBOX_EXPIRY_HOURS must be a whole number of hours");
  });

  it("answers anything but --hours N with the usage", () => {
    for (const args of [["--hours"], ["--hours", ""], ["--days", "2"], ["24"], ["--hours", "24", "--dry-run"]]) {
      expect(() => purgeExpiryHours(args, {}), args.join(" ")).toThrow(SANDBOX_PURGE_USAGE);
    }
  });
});
