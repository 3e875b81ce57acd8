import { describe, expect, it } from "vitest";
import { runScript, SCRIPT_TIMEOUT_MS } from "@/test/support/run-script";

const purge = (args: string[], env: Record<string, string> = {}) =>
  runScript("sandbox-purge", args, { env: { DATABASE_URL: "mysql://nowhere/db", ...env }, unset: ["SANDBOX_EXPIRY_HOURS"] });

describe("npm run sandbox:purge", () => {
  it("says that nothing expires, and exits 0, with neither SANDBOX_EXPIRY_HOURS nor --hours", { timeout: SCRIPT_TIMEOUT_MS }, async () => {
    for (const run of [await purge([]), await purge(["--hours", "0"]), await purge([], { SANDBOX_EXPIRY_HOURS: "0" })]) {
      expect(run).toMatchObject({ code: 0, stderr: "" });
      expect(run.stdout).toMatch(/^Sandboxes never expire .*nothing deleted\.\n$/);
    }
  });

  it("refuses bad arguments and settings with a message, deleting nothing, and exits 1", { timeout: SCRIPT_TIMEOUT_MS }, async () => {
    const cases: [string[], Record<string, string>, string][] = [
      [["--hours", "two"], {}, "sandbox:purge: --hours must be a whole number of hours (unset or 0: sandboxes never expire)\n"],
      [["--days", "2"], {}, "sandbox:purge: usage: npm run sandbox:purge [-- --hours N]\n"],
      [[], { SANDBOX_EXPIRY_HOURS: "-3" }, "sandbox:purge: SANDBOX_EXPIRY_HOURS must be a whole number of hours (unset or 0: sandboxes never expire)\n"],
    ];
    for (const [args, env, stderr] of cases) {
      expect(await purge(args, env), args.join(" ")).toEqual({ code: 1, stdout: "", stderr });
    }
  });

  it("reports a database it cannot use and exits 1", { timeout: SCRIPT_TIMEOUT_MS }, async () => {
    const run = await purge(["--hours", "24"], { DATABASE_URL: "mysql://lab:s3cret@db/iam" });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^sandbox:purge failed: DATABASE_URL must start with "file:" \(SQLite\) or "postgresql:\/\/"/);
    expect(run.stderr).not.toContain("s3cret");
  });
});
