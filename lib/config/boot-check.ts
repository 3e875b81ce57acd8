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
