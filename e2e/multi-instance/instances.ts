// Two stateless instances, one PostgreSQL: the multi-instance scenario's servers, for playwright.config.ts.
//
// Instance A (port 3401) creates a fresh database on the local PostgreSQL (TEST_POSTGRES_URL, default
// postgresql://postgres@127.0.0.1:5432/postgres), then runs `npm start -- --no-build` as a deployer
// would: migrate, seed, `next start` on the build the main server (started before it) made or found
// fresh. Instance B (port 3402) waits for A's /api/health, then does the same on the same database. The
// global teardown drops the database.
import { randomBytes } from "node:crypto";
import type { PlaywrightTestConfig } from "@playwright/test";

export const PORT_A = Number(process.env.MULTI_PORT_A ?? 3401);
export const PORT_B = Number(process.env.MULTI_PORT_B ?? 3402);

// Evaluated in the runner and again in each worker: the runner picks the name, the workers inherit it.
process.env.MULTI_DATABASE_NAME ??= `mock_iam_e2e_multi_${process.pid}_${randomBytes(3).toString("hex")}`;
const maintenanceUrl = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const databaseUrl = new URL(maintenanceUrl);
databaseUrl.pathname = `/${process.env.MULTI_DATABASE_NAME}`;
databaseUrl.searchParams.set("connection_limit", "5");
process.env.MULTI_DATABASE_URL = databaseUrl.toString();

const instanceEnv = (port: number) => ({
  PORT: String(port),
  DATABASE_URL: databaseUrl.toString(),
  NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
  // Both instances must share these, as every instance behind a load balancer must.
  AUTH_SECRET: "multi-instance-auth-secret-not-for-production-0123456789",
  DATA_ENCRYPTION_KEY: "bXVsdGktaW5zdGFuY2Uta2V5LW5vdC1mb3ItcHJvZCE=",
  DEMO_MODE: "true",
  NEXT_TELEMETRY_DISABLED: "1",
});

const tsx = "node_modules/.bin/tsx";

type WebServer = Extract<NonNullable<PlaywrightTestConfig["webServer"]>, unknown[]>[number];

export const multiInstanceServers: WebServer[] = [
  {
    command: `${tsx} e2e/multi-instance/database.ts create && npm start -- --no-build`,
    url: `http://localhost:${PORT_A}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: instanceEnv(PORT_A),
  },
  {
    command: `${tsx} e2e/multi-instance/database.ts wait http://localhost:${PORT_A}/api/health && npm start -- --no-build`,
    url: `http://localhost:${PORT_B}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: instanceEnv(PORT_B),
  },
];
