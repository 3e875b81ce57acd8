import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: [
      // "server-only" throws outside Next's server bundle; the domain is server code, so tests stub it.
      { find: "server-only", replacement: path.resolve("test/support/server-only.ts") },
      { find: /^@\//, replacement: `${path.resolve(".")}/` },
    ],
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    environment: "node",
    // Integration tests migrate a fresh SQLite file each; argon2 hashing makes some take a second.
    testTimeout: 20_000,
  },
});
