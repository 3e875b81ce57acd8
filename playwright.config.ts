import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { multiInstanceServers, PORT_A } from "./e2e/multi-instance/instances";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
// Debian's Chromium; Playwright's own browser download cannot work on our machines.
const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => fs.existsSync(file));
const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: chromium,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  },
};

// Two projects share the workers: "chromium", the console on SQLite (e2e/**/*.spec.ts), and
// "two-instances", two `next start` instances on one PostgreSQL database (e2e/multi-instance/*.scenario.ts).
// E2E_CONSOLE_ONLY=1 leaves the second out, with its servers: for a machine without PostgreSQL.
const consoleOnly = process.env.E2E_CONSOLE_ONLY === "1";
export default defineConfig({
  // Per port, so two runs on one machine do not clear each other's artifacts.
  outputDir: PORT === 3100 ? "test-results" : `test-results-${PORT}`,
  fullyParallel: true,
  // Two workers on our two cores: a third made the server the bottleneck and tests time out.
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 120_000,
  expect: { timeout: 15_000 },
  globalTeardown: consoleOnly ? undefined : "./e2e/multi-instance/global-teardown.ts",
  use: {
    locale: "en-US",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "chromium", testDir: "e2e", testMatch: "**/*.spec.ts", use: { ...browser, baseURL } },
    ...(consoleOnly
      ? []
      : [{ name: "two-instances", testDir: "e2e/multi-instance", testMatch: "**/*.scenario.ts", use: { ...browser, baseURL: `http://localhost:${PORT_A}` } }]),
  ],
  // Started in this order, each once the one before answers: the first builds when the build is stale
  // (into NEXT_DIST_DIR, default .next), the instances reuse that build.
  webServer: [
    {
      // The production build on its own port and its own database file, recreated for every run.
      command: `rm -f data/e2e-${PORT}.db* && npm start`,
      url: `${baseURL}/signin`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(PORT),
        DATABASE_URL: `file:./data/e2e-${PORT}.db`,
        AUTH_SECRET: "e2e-auth-secret-not-for-production-0123456789",
        DATA_ENCRYPTION_KEY: "ZTJlLWRhdGEta2V5LW5vdC1mb3ItcHJvZHVjdGlvbiE=",
        DEMO_MODE: "true",
        // Sandboxes that ask for one get a clock the tests move (docs/playwright.md); expiry is on, so
        // moving such a clock a week on deletes its sandbox.
        TEST_CLOCKS: "true",
        SANDBOX_EXPIRY_HOURS: "168",
        NEXT_TELEMETRY_DISABLED: "1",
        // `npm test` type-checks the whole project before the suites; the build need not do it again.
        NEXT_BUILD_SKIP_TYPECHECK: "1",
      },
    },
    ...(consoleOnly ? [] : multiInstanceServers),
  ],
});
