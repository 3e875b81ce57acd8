// `npm run bench`: the issue 9 benchmarks. Builds into .next-bench if the build is missing or stale, starts
// the production server on port 3600 with its own fresh SQLite file (data/bench-3600.db), drives it with
// autocannon from this process, prints a table and writes it as JSON to bench/results/<time>.json (and,
// for a full run with the defaults, bench/results/latest.json).
//
//   npm run bench                       every scenario, 10 s each after 2 s of warm-up, 10 connections
//   npm run bench -- --tmp              write bench/results/<time>.tmp.json only (git-ignored)
//   npm run bench -- --only=signin,api  some: page, signin, list, enable, moto (api = the last three), totp;
//                                       the start time and first-load JS are always measured
//   npm run bench -- --profile          the server under node --cpu-prof; profiles in bench/profiles/<time>/
//   npm run bench -- --page=/iam/users  another signed-in page in place of Security credentials
//   npm run bench -- --duration=5 --warmup=1 --connections=10
//
// Benchmarks are not tests: nothing in `npm test` runs this or depends on timing.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { decodeEncryptionKey } from "../lib/config/env";
import { hasBuild, needsBuild, runBuild } from "../scripts/build-if-stale";
import { prepare } from "../scripts/prepare";
import { loadAverage } from "./cpu";
import { createFixtures, type Fixtures } from "./fixtures";
import type { LoadSettings } from "./load";
import { checkTargets, type Figures, formatTable, tableRows } from "./report";
import { benchConsolePage, CONSOLE_PAGE } from "./scenarios/console-page";
import { firstLoadJs } from "./scenarios/first-load-js";
import { benchIamApi, ENABLE_POOL } from "./scenarios/iam-api";
import { benchMfaSignIns } from "./scenarios/mfa-sign-ins";
import { benchTotp } from "./scenarios/totp";
import { type RunningProcess, startApp } from "./server";

const PORT = Number(process.env.BENCH_PORT ?? 3600);
const MOTO_PORT = PORT + 1;
// Its own build directory: the bench never replaces the build `npm start` or the tests serve.
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next-bench";
const DATABASE_FILE = `data/bench-${PORT}.db`;
const RESULTS_DIR = "bench/results";
const PARTS = ["page", "signin", "list", "enable", "moto", "totp"] as const;
// What --only takes: the parts, and "api" for the three IAM API ones (ListMFADevices, EnableMFADevice, beside moto).
const SCENARIOS = [...PARTS, "api"] as const;

// Fixed test secrets: the bench database is recreated on every run, so nothing here protects anything.
const BENCH_ENV = {
  PORT: String(PORT),
  NEXT_DIST_DIR: DIST_DIR,
  DATABASE_URL: `file:./${DATABASE_FILE}`,
  AUTH_SECRET: "bench-auth-secret-not-for-production-0123456789",
  DATA_ENCRYPTION_KEY: Buffer.from("bench-data-key-not-for-production").subarray(0, 32).toString("base64"),
  DEMO_MODE: "true",
  PRACTICE_AUTHENTICATOR: "true",
  MFA_DEVICE_LIMIT: "1",
  NEXT_TELEMETRY_DISABLED: "1",
  // Serves app/bench/floor: the trivial page under the root layout the console page is compared with.
  BENCH_FLOOR: "1",
};

function options() {
  const { values } = parseArgs({
    options: {
      duration: { type: "string", default: "10" },
      warmup: { type: "string", default: "2" },
      connections: { type: "string", default: "10" },
      only: { type: "string" },
      tmp: { type: "boolean", default: false },
      profile: { type: "boolean", default: false },
      page: { type: "string", default: CONSOLE_PAGE },
    },
  });
  const only = values.only?.split(",").map((name) => name.trim());
  const unknown = only?.filter((name) => !(SCENARIOS as readonly string[]).includes(name));
  if (unknown?.length) throw new Error(`--only: unknown scenario ${unknown.join(", ")}; choose from ${SCENARIOS.join(", ")}`);
  return {
    duration: Number(values.duration),
    warmup: Number(values.warmup),
    connections: Number(values.connections),
    scenarios: new Set<string>(only?.flatMap((name) => (name === "api" ? ["list", "enable", "moto"] : [name])) ?? PARTS),
    tmp: values.tmp,
    profile: values.profile,
    page: values.page,
  };
}

function machine() {
  const git = (...args: string[]) => spawnSync("git", args, { encoding: "utf8" }).stdout?.trim() ?? "";
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 1e9),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    commit: `${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain") ? " (with uncommitted changes)" : ""}`,
  };
}

function resetDatabase() {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(`${DATABASE_FILE}${suffix}`, { force: true });
}

/** The bench database's journal mode, as `npm start` left it (scripts/migrate.ts: WAL). */
function journalMode(): string {
  const db = new Database(DATABASE_FILE, { readonly: true });
  try {
    return String(db.pragma("journal_mode", { simple: true }));
  } finally {
    db.close();
  }
}

async function main() {
  const opts = options();
  const startedAt = new Date();
  const stamp = startedAt.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/:/g, "-");
  const loadAtStart = loadAverage();
  console.log(
    `Bench: ${opts.duration} s per scenario after ${opts.warmup} s of warm-up, ${opts.connections} connections; load average ${loadAtStart.join(" ")}`,
  );

  let build = { built: false, seconds: 0 };
  if (needsBuild(DIST_DIR)) {
    console.log(`Building into ${DIST_DIR} (next build)…`);
    const started = performance.now();
    if (runBuild(DIST_DIR, { ...process.env, ...BENCH_ENV }) !== 0 || !hasBuild(DIST_DIR)) throw new Error("next build failed");
    build = { built: true, seconds: Math.round((performance.now() - started) / 100) / 10 };
  }

  // The database as `npm start` prepares it (migrations, demo seed), then the bench's principals.
  resetDatabase();
  Object.assign(process.env, BENCH_ENV);
  await prepare();
  const settings = { encryptionKey: decodeEncryptionKey(BENCH_ENV.DATA_ENCRYPTION_KEY)!, mfaDevicesPerUser: 1 };
  const seconds = opts.duration + opts.warmup;
  console.log("Creating the bench's users and devices…");
  const fixtures: Fixtures = await createFixtures(BENCH_ENV.DATABASE_URL, settings, {
    // Each user has the codes of the previous, current and next step (two sign-ins at least, across a
    // step boundary): room for 70 sign-ins a second.
    mfaUsers: opts.scenarios.has("signin") ? Math.ceil(seconds * 35) : 0,
    enablePool: opts.scenarios.has("enable") ? ENABLE_POOL : 0,
  });
  console.log(`  ${fixtures.mfaUsers.length} users with MFA, ${fixtures.enablePool.length} free devices in ${fixtures.seconds.toFixed(1)} s`);
  const sqliteJournal = journalMode();

  const figures: Figures = {};
  figures.firstLoadJs = firstLoadJs(DIST_DIR);
  if (opts.scenarios.has("totp")) {
    console.log("TOTP checks in-process…");
    figures.totp = benchTotp();
  }

  const profileDir = opts.profile ? path.resolve("bench/profiles", stamp) : undefined;
  const loadBeforeStart = loadAverage();
  let server: RunningProcess | undefined;
  const stop = async () => {
    await server?.stop();
    server = undefined;
  };
  process.once("SIGINT", () => void stop().then(() => process.exit(130)));
  try {
    console.log(`Starting the server on port ${PORT}…`);
    server = await startApp({ port: PORT, env: { ...process.env, ...BENCH_ENV }, cpuProfileDir: profileDir });
    figures.startSeconds = Math.round(server.startSeconds * 100) / 100;
    const load: LoadSettings = { duration: opts.duration, warmup: opts.warmup, connections: opts.connections, serverPids: [server.pid] };

    if (opts.scenarios.has("page")) {
      console.log(`${opts.page}, the floor page and /api/health…`);
      figures.consolePage = await benchConsolePage(server.url, load, opts.page);
    }
    if (opts.scenarios.has("signin")) {
      console.log("MFA sign-ins…");
      figures.mfaSignIns = await benchMfaSignIns(server.url, load, fixtures.accountId, fixtures.mfaUsers);
    }
    const apiParts = new Set((["list", "enable", "moto"] as const).filter((part) => opts.scenarios.has(part)));
    if (apiParts.size > 0) {
      console.log(`IAM API: ${[...apiParts].join(", ")}…`);
      figures.iamApi = await benchIamApi(server.url, load, fixtures, MOTO_PORT, apiParts);
    }
  } catch (error) {
    console.error(server ? `\nThe server's last lines:\n${server.output()}\n` : "");
    throw error;
  } finally {
    await stop();
  }

  const targets = checkTargets(figures);
  const result = {
    date: startedAt.toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
    machine: machine(),
    settings: {
      durationSeconds: opts.duration,
      warmupSeconds: opts.warmup,
      connections: opts.connections,
      port: PORT,
      distDir: DIST_DIR,
      sqliteJournalMode: sqliteJournal,
      consolePage: opts.page,
    },
    build,
    fixtureSeconds: Math.round(fixtures.seconds * 10) / 10,
    // As `uptime` shows it: 1, 5 and 15 minutes. Each scenario also says who used the CPU meanwhile (cpu).
    loadAverage: { atStart: loadAtStart, beforeServerStart: loadBeforeStart, atEnd: loadAverage() },
    figures,
    targets,
    ...(profileDir ? { cpuProfiles: fs.readdirSync(profileDir).map((file) => path.join(path.relative(".", profileDir), file)) } : {}),
  };

  console.log(`\n${formatTable(["measure", "figure", "other CPU (cores)"], tableRows(figures))}`);
  console.log(`\n${formatTable(["target", "", "met"], targets.map((t) => [t.measure, t.target, t.met === null ? "-" : t.met ? "yes" : "NO"]))}`);
  console.log(`\nLoad average ${result.loadAverage.atEnd.join(" ")} at the end (${result.loadAverage.atStart.join(" ")} at the start).`);

  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${stamp}${opts.tmp ? ".tmp" : ""}.json`);
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  // latest.json is the latest full run as shipped: not a diagnosis (--profile, --page, --only, other timings).
  const asShipped = !opts.tmp && !opts.profile && opts.page === CONSOLE_PAGE && opts.scenarios.size === PARTS.length;
  const defaults = opts.duration === 10 && opts.warmup === 2 && opts.connections === 10;
  if (asShipped && defaults) fs.copyFileSync(file, path.join(RESULTS_DIR, "latest.json"));
  console.log(`Written to ${file}${asShipped && defaults ? " and bench/results/latest.json" : ""}.`);
  if (profileDir) console.log(`CPU profiles: ${result.cpuProfiles?.join(", ")} (summarize with npx tsx bench/profile-summary.ts FILE).`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
