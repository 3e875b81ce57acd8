import { ConfigError, env } from "./env";

// Imported once when a server instance starts (instrumentation.ts): a missing or malformed setting
// stops it here, with a message per variable, instead of failing later inside a request.
try {
  env();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`\n${error.message}\nFix .env.local (or the environment) and start again.\n`);
  process.exit(1);
}

// Client addresses come from the header scripts/server-preload.mjs stamps on every request. Served
// without it, that header would be whatever a client sent, so the rate limits and the event history
// would believe it: refuse to start instead.
if (!(globalThis as Record<symbol, unknown>)[Symbol.for("mock-iam-console.peer-address")]) {
  console.error("\nThe server was started without its preload: run it as `node --import ./scripts/server-preload.mjs …` (npm start does).\n");
  process.exit(1);
}
