import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = [
  // "server-only" throws outside Next's server bundle; the domain is server code, so tests stub it.
  { find: "server-only", replacement: path.resolve("test/support/server-only.ts") },
  { find: /^@\//, replacement: `${path.resolve(".")}/` },
];
const exclude = ["node_modules/**", "e2e/**", ".next/**", ".next-*/**"];

// Two projects: "sqlite" runs every test (units, and the integration tests on a SQLite file each);
// "postgresql" runs the integration tests again, each file on its own database on the local PostgreSQL
// (127.0.0.1:5432, or TEST_POSTGRES_URL), created and dropped by test/support/test-db.ts.
//   npx vitest run --project sqlite        npx vitest run --project postgresql
export default defineConfig({
  resolve: { alias },
  test: {
    environment: "node",
    // Integration tests migrate a fresh database each; argon2 hashing makes some take a second.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      {
        resolve: { alias },
        test: {
          name: "sqlite",
          include: ["**/*.test.ts"],
          exclude,
          environment: "node",
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "postgresql",
          include: ["**/*.integration.test.ts"],
          exclude,
          environment: "node",
          env: { TEST_DATABASE: "postgresql" },
          // The files mostly wait on the server: two at a time finish sooner even on two cores.
          maxWorkers: 2,
          globalSetup: ["test/support/postgres-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
