// Two stateless instances, one PostgreSQL: the multi-instance scenario.
//
//   NEXT_TELEMETRY_DISABLED=1 npx playwright test -c e2e/multi-instance/playwright.config.ts
//
// Instance A (port 3401) creates a fresh database on the local PostgreSQL (TEST_POSTGRES_URL, default
// postgresql://postgres@127.0.0.1:5432/postgres), then runs `npm start` as a deployer would: migrate,
// seed, build into .next-multi if the build is stale, `next start`. Instance B (port 3402) waits for A's
// /api/health, then `npm start` on the same database and the same build. The global teardown drops the
// database. Neither port nor build directory is the main suite's (3100, .next).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
export const PORT_A = Number(process.env.MULTI_PORT_A ?? 3401);
export const PORT_B = Number(process.env.MULTI_PORT_B ?? 3402);

// Evaluated in the runner and again in each worker: the runner picks the name, the workers inherit it.
process.env.MULTI_DATABASE_NAME ??= `mock_iam_e2e_multi_${process.pid}_${randomBytes(3).toString("hex")}`;
const maintenanceUrl = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const databaseUrl = new URL(maintenanceUrl);
databaseUrl.pathname = `/${process.env.MULTI_DATABASE_NAME}`;
databaseUrl.searchParams.set("connection_limit", "5");
process.env.MULTI_DATABASE_URL = databaseUrl.toString();

const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => fs.existsSync(file));

const instanceEnv = (port: number) => ({
  PORT: String(port),
  DATABASE_URL: databaseUrl.toString(),
  // `npm test` runs this after the main suite, whose fresh build in .next it reuses (start.ts rebuilds
  // only when sources are newer); MULTI_DIST_DIR keeps a separate build for a run beside another one.
  NEXT_DIST_DIR: process.env.MULTI_DIST_DIR ?? ".next",
  // Both instances must share these, as every instance behind a load balancer must.
  AUTH_SECRET: "multi-instance-auth-secret-not-for-production-0123456789",
  DATA_ENCRYPTION_KEY: "bXVsdGktaW5zdGFuY2Uta2V5LW5vdC1mb3ItcHJvZCE=",
  DEMO_MODE: "true",
  NEXT_TELEMETRY_DISABLED: "1",
});

const tsx = "node_modules/.bin/tsx";

export default defineConfig({
  testDir: here,
  // Not *.spec.ts: the main suite (playwright.config.ts, testDir e2e) must not pick this file up.
  testMatch: "**/*.scenario.ts",
  outputDir: path.join(root, "test-results/multi-instance"),
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 120_000,
  expect: { timeout: 15_000 },
  globalTeardown: path.join(here, "global-teardown.ts"),
  use: {
    baseURL: `http://localhost:${PORT_A}`,
    locale: "en-US",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: `${tsx} e2e/multi-instance/database.ts create && npm start`,
      cwd: root,
      url: `http://localhost:${PORT_A}/api/health`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      env: instanceEnv(PORT_A),
    },
    {
      command: `${tsx} e2e/multi-instance/database.ts wait http://localhost:${PORT_A}/api/health && npm start -- --no-build`,
      cwd: root,
      url: `http://localhost:${PORT_B}/api/health`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      env: instanceEnv(PORT_B),
    },
  ],
});
