import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { distDirOf, hasBuild, NEXT_SERVER, needsBuild, runBuild } from "./build-if-stale";
import { exitOnConfigError, prepare } from "./prepare";

const DIST_DIR = distDirOf();

/**
 * `npm start` prepares (secrets, configuration, migrations, demo seed), builds when the build is missing
 * or older than the sources, and serves it with `next start`, forwarding SIGINT and SIGTERM to it (Next
 * then finishes the requests in flight and the database pool disconnects; lib/db/shutdown.ts).
 * `npm start -- --no-build` never builds: for a second instance sharing the first one's build.
 */
async function main(args: string[]) {
  // Next.js reports usage to its servers unless told not to; the lab talks to no one (the build and the
  // server inherit this).
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  await prepare();
  if (args.includes("--no-build")) {
    if (!hasBuild(DIST_DIR)) {
      console.error(`No build in ${path.resolve(DIST_DIR)}: run \`npm run build\` (or \`npm start\` without --no-build) first.`);
      process.exit(1);
    }
  } else if (needsBuild(DIST_DIR)) {
    console.log("Building the console (next build)…");
    const status = runBuild(DIST_DIR);
    if (status !== 0) process.exit(status);
  }
  const server = spawn(process.execPath, [...NEXT_SERVER, "start", "--port", process.env.PORT ?? "3000"], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (server.exitCode === null && server.signalCode === null) server.kill(signal);
    });
  }
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 0)));
}

main(process.argv.slice(2)).catch(exitOnConfigError);
