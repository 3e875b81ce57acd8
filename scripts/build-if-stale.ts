import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// Shared by `npm start` (scripts/start.ts) and `npm run bench` (bench/run.ts): both serve a production
// build and rebuild it only when it is missing or older than the sources.

export const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
/** Node's arguments before `start`: the preload that stamps each request with its peer's address, then Next. */
export const NEXT_SERVER = ["--import", path.resolve("scripts/server-preload.mjs"), NEXT_BIN];
const SOURCES = ["app", "components", "lib", "proxy.ts", "instrumentation.ts", "next.config.ts", "package-lock.json"];

/** The build directory `next build` and `next start` use for this environment (NEXT_DIST_DIR, default .next). */
export function distDirOf(env: Record<string, string | undefined> = process.env): string {
  return env.NEXT_DIST_DIR || ".next";
}

export function hasBuild(distDir: string): boolean {
  return fs.existsSync(path.resolve(distDir, "BUILD_ID"));
}

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
export function needsBuild(distDir: string): boolean {
  if (!hasBuild(distDir)) return true;
  const builtAt = fs.statSync(path.resolve(distDir, "BUILD_ID")).mtimeMs;
  return SOURCES.some((entry) => newestSourceChange(entry) > builtAt);
}

/** Runs `next build` into `distDir`, its output on this terminal; returns its exit status. */
export function runBuild(distDir: string, env: NodeJS.ProcessEnv = process.env): number {
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env: { ...env, NEXT_DIST_DIR: distDir } });
  return build.status ?? 1;
}
