import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { NEXT_SERVER } from "../scripts/build-if-stale";

export type RunningProcess = {
  url: string;
  pid: number;
  /** Seconds from spawning the process to its first successful answer. */
  startSeconds: number;
  /** The last lines it wrote, for a failure message. */
  output: () => string;
  stop: () => Promise<void>;
};

function keepTail(child: ChildProcess, lines: string[], max = 200) {
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      lines.push(...chunk.split("\n").filter(Boolean));
      if (lines.length > max) lines.splice(0, lines.length - max);
    });
  }
}

async function waitUntilAnswering(child: ChildProcess, probe: string, lines: string[], timeoutMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${probe}: the process exited (${child.exitCode ?? child.signalCode}) before answering:\n${lines.join("\n")}`);
    }
    try {
      const response = await fetch(probe, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) return (performance.now() - started) / 1000;
    } catch {
      // Not listening yet.
    }
    if (performance.now() - started > timeoutMs) throw new Error(`${probe} did not answer within ${timeoutMs / 1000} s:\n${lines.join("\n")}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => child.kill("SIGKILL"), 15_000);
      child.once("exit", () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill("SIGTERM");
    });
}

/**
 * `next start` of the build in NEXT_DIST_DIR, as scripts/start.ts runs it once prepared, timed from the
 * spawn to the first 200 of /api/health. `cpuProfileDir` runs it under `node --cpu-prof` (the profile is
 * written when it stops).
 */
export async function startApp(input: { port: number; env: NodeJS.ProcessEnv; cpuProfileDir?: string }): Promise<RunningProcess> {
  const url = `http://127.0.0.1:${input.port}`;
  // Node refuses --cpu-prof in NODE_OPTIONS; `next start` serves from this very process.
  const profile = input.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${input.cpuProfileDir}`] : [];
  const lines: string[] = [];
  const child = spawn(process.execPath, [...profile, ...NEXT_SERVER, "start", "--port", String(input.port)], {
    env: input.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  keepTail(child, lines);
  const startSeconds = await waitUntilAnswering(child, `${url}/api/health`, lines, 120_000);
  return { url, pid: child.pid!, startSeconds, output: () => lines.join("\n"), stop: stopper(child) };
}

/** Whether `python3 -m moto.server` can run here (the moto package with its server extras). */
export function motoAvailable(): { ok: true; version: string } | { ok: false; reason: string } {
  const probe = spawnSync("python3", ["-c", "import moto, moto.server; print(moto.__version__)"], { encoding: "utf8" });
  if (probe.error) return { ok: false, reason: `python3 is not available (${probe.error.message})` };
  if (probe.status !== 0) return { ok: false, reason: `the moto package (with its server extras) is not installed: ${probe.stderr.trim().split("\n").at(-1)}` };
  return { ok: true, version: probe.stdout.trim() };
}

/** moto's standalone server (`python3 -m moto.server -p PORT`), a fresh in-memory backend. */
export async function startMoto(port: number): Promise<RunningProcess> {
  const url = `http://127.0.0.1:${port}`;
  const lines: string[] = [];
  const child = spawn("python3", ["-m", "moto.server", "-H", "127.0.0.1", "-p", String(port)], { stdio: ["ignore", "pipe", "pipe"] });
  keepTail(child, lines);
  const startSeconds = await waitUntilAnswering(child, `${url}/moto-api/`, lines, 60_000);
  return { url, pid: child.pid!, startSeconds, output: () => lines.join("\n"), stop: stopper(child) };
}
