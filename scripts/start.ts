import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { exitOnConfigError, prepare } from "./prepare";

const BUILD_ID = path.resolve(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
const SOURCES = ["app", "components", "lib", "proxy.ts", "instrumentation.ts", "next.config.ts", "package-lock.json"];
const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

function newestSourceChange(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...fs.readdirSync(entry).filter((name) => name !== "generated").map((name) => newestSourceChange(path.join(entry, name))),
  );
}

/** A fresh clone has no build; a checkout with newer sources than the build gets a new one. */
function needsBuild(): boolean {
  if (!fs.existsSync(BUILD_ID)) return true;
  const builtAt = fs.statSync(BUILD_ID).mtimeMs;
  return SOURCES.some((entry) => newestSourceChange(entry) > builtAt);
}

/**
 * `npm start` prepares (secrets, configuration, migrations, demo seed), builds when the build is missing
 * or older than the sources, and serves it with `next start`, forwarding SIGINT and SIGTERM to it (Next
 * then finishes the requests in flight and the database pool disconnects; lib/db/shutdown.ts).
 * `npm start -- --no-build` never builds: for a second instance sharing the first one's build.
 */
async function main(args: string[]) {
  await prepare();
  if (args.includes("--no-build")) {
    if (!fs.existsSync(BUILD_ID)) {
      console.error(`No build in ${path.dirname(BUILD_ID)}: run \`npm run build\` (or \`npm start\` without --no-build) first.`);
      process.exit(1);
    }
  } else if (needsBuild()) {
    console.log("Building the console (next build)…");
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const server = spawn(process.execPath, [NEXT_BIN, "start", "--port", process.env.PORT ?? "3000"], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (server.exitCode === null && server.signalCode === null) server.kill(signal);
    });
  }
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 0)));
}

main(process.argv.slice(2)).catch(exitOnConfigError);
