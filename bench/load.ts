import http from "node:http";
import autocannon, { type Options, type Result } from "autocannon";
import { type CpuShare, measureCpu } from "./cpu";

export type LoadSettings = {
  /** Seconds measured. */
  duration: number;
  /** Seconds of the same load first, not measured: JIT, Next's lazily loaded route modules, caches. */
  warmup: number;
  connections: number;
  /** The server's (and any peer's) process ids, to tell its CPU from everyone else's. */
  serverPids: number[];
};

export type LoadResult = {
  /** Successful (2xx) requests per second. */
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  requests: number;
  failures: number;
  /** Failed responses by status ("error" for connection errors and timeouts). */
  failuresByStatus: Record<string, number>;
  seconds: number;
  connections: number;
  engine: "autocannon keep-alive" | "new connection per request";
  cpu: CpuShare;
};

function failuresOf(result: Result): Record<string, number> {
  const failures: Record<string, number> = {};
  for (const [status, { count }] of Object.entries(result.statusCodeStats)) {
    if (!status.startsWith("2")) failures[status] = count;
  }
  if (result.errors + result.timeouts > 0) failures.error = result.errors + result.timeouts;
  return failures;
}

/**
 * autocannon with keep-alive connections: `options` without url, connections and duration, which come
 * from `settings`. A warm-up run of the same requests precedes the measured one; `hooks.onStart` runs
 * between the two. `hooks.amount` ends each run after that many requests or its duration, whichever
 * comes first (for requests that each use up a fixture).
 */
export async function autocannonLoad(
  url: string,
  options: Omit<Options, "url" | "connections" | "duration">,
  settings: LoadSettings,
  hooks: { onStart?: () => void; amount?: { warmup: number; measured: number } } = {},
): Promise<LoadResult> {
  // autocannon takes the path from the url; a top-level `path` option would be ignored.
  const target = options.path ? new URL(options.path, url).toString() : url;
  const start = (duration: number, amount?: number) => {
    const run = autocannon({ ...options, url: target, connections: settings.connections, duration, amount, timeout: 30 });
    // With an amount autocannon ignores the duration: stop it at the duration if the amount takes longer.
    const timer = amount ? setTimeout(() => run.stop(), duration * 1000) : undefined;
    return Promise.resolve(run).finally(() => clearTimeout(timer));
  };
  if (settings.warmup > 0) await start(settings.warmup, hooks.amount?.warmup);
  hooks.onStart?.();
  const cpu = measureCpu(settings.serverPids);
  const result = await start(settings.duration, hooks.amount?.measured);
  const share = cpu();
  const ok = result["2xx"];
  return {
    requestsPerSecond: round(ok / result.duration),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    requests: ok + result.non2xx + result.errors + result.timeouts,
    failures: result.non2xx + result.errors + result.timeouts,
    failuresByStatus: failuresOf(result),
    seconds: result.duration,
    connections: settings.connections,
    engine: "autocannon keep-alive",
    cpu: share,
  };
}

/**
 * autocannonLoad for requests to be compared on one server: each warmed up, then measured in `rounds`
 * turns of duration / rounds seconds, one after the other, so that a machine whose speed drifts slows
 * all of them alike and their ratios hold. A result's p99 (and p50, p90) is the highest of its turns'.
 */
export async function alternatingLoads(
  url: string,
  targets: Omit<Options, "url" | "connections" | "duration">[],
  settings: LoadSettings,
  rounds = 4,
): Promise<LoadResult[]> {
  if (settings.warmup > 0) for (const options of targets) await autocannonLoad(url, options, { ...settings, duration: settings.warmup, warmup: 0 });
  const turns = targets.map(() => [] as LoadResult[]);
  for (let turn = 0; turn < rounds; turn++) {
    for (const [i, options] of targets.entries()) turns[i].push(await autocannonLoad(url, options, { ...settings, duration: settings.duration / rounds, warmup: 0 }));
  }
  return turns.map((parts) => {
    const seconds = parts.reduce((sum, part) => sum + part.seconds, 0);
    const ok = parts.reduce((sum, part) => sum + part.requestsPerSecond * part.seconds, 0);
    const highest = (field: "p50" | "p90" | "p99" | "max") => Math.max(...parts.map((part) => part.latencyMs[field]));
    const failuresByStatus: Record<string, number> = {};
    for (const part of parts) for (const [key, count] of Object.entries(part.failuresByStatus)) failuresByStatus[key] = (failuresByStatus[key] ?? 0) + count;
    return {
      requestsPerSecond: round(ok / seconds),
      latencyMs: { p50: highest("p50"), p90: highest("p90"), p99: highest("p99"), max: highest("max") },
      requests: parts.reduce((sum, part) => sum + part.requests, 0),
      failures: parts.reduce((sum, part) => sum + part.failures, 0),
      failuresByStatus,
      seconds: round(seconds),
      connections: settings.connections,
      engine: "autocannon keep-alive",
      cpu: combineCpu(parts.map((part) => ({ share: part.cpu, seconds: part.seconds }))),
    };
  });
}

/** Milliseconds of the server's CPU per successful request, or null where the server's CPU was not measured. */
export function cpuMsPerRequest(result: LoadResult): number | null {
  const answered = result.requests - result.failures;
  return result.cpu.serverCpuSeconds === null || answered === 0 ? null : round((result.cpu.serverCpuSeconds * 1000) / answered, 2);
}

export type PlainRequest = { method: string; path: string; headers: Record<string, string>; body?: string };

/**
 * A new TCP connection for every request (`Connection: close`, node:http without an agent), for peers
 * that close each connection (moto's server), and for comparing with them on equal terms. autocannon
 * cannot: with `reconnectRate` it drops the response it reconnects after, so it counts nothing at 1.
 */
export async function newConnectionLoad(url: string, request: PlainRequest, settings: LoadSettings): Promise<LoadResult> {
  const [result] = await newConnectionLoads([{ url, request, serverPids: settings.serverPids }], settings, 1);
  return result;
}

type Run = { latencies: number[]; failuresByStatus: Record<string, number>; seconds: number };

async function newConnectionRun(url: string, request: PlainRequest, seconds: number, connections: number): Promise<Run> {
  const target = new URL(url);
  const latencies: number[] = [];
  const failuresByStatus: Record<string, number> = {};
  const fail = (key: string) => (failuresByStatus[key] = (failuresByStatus[key] ?? 0) + 1);
  const body = request.body === undefined ? undefined : Buffer.from(request.body);
  const headers = { ...request.headers, connection: "close", ...(body ? { "content-length": String(body.length) } : {}) };
  const once = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const req = http.request(
        { host: target.hostname, port: target.port, method: request.method, path: request.path, headers, agent: false },
        (res) => {
          res.on("data", () => {});
          res.on("end", () => {
            if (res.statusCode && res.statusCode >= 200 && res.statusCode < 300) latencies.push(performance.now() - started);
            else fail(String(res.statusCode));
            resolve();
          });
          res.on("error", () => (fail("error"), resolve()));
        },
      );
      req.on("error", () => (fail("error"), resolve()));
      req.end(body);
    });
  const startedAt = performance.now();
  const deadline = startedAt + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) await once();
    }),
  );
  return { latencies, failuresByStatus, seconds: (performance.now() - startedAt) / 1000 };
}

/** CPU shares of several intervals as one: each field averaged, weighted by the interval's length. */
function combineCpu(parts: { share: CpuShare; seconds: number }[]): CpuShare {
  const total = parts.reduce((sum, part) => sum + part.seconds, 0);
  const mean = (field: "machineCores" | "serverCores" | "generatorCores" | "otherCores") =>
    parts.some((part) => part.share[field] === null)
      ? null
      : round(parts.reduce((sum, part) => sum + part.share[field]! * part.seconds, 0) / total, 2);
  const cpuSeconds = parts.map((part) => part.share.serverCpuSeconds);
  return {
    machineCores: mean("machineCores"),
    serverCores: mean("serverCores"),
    serverCpuSeconds: cpuSeconds.includes(null) ? null : round(cpuSeconds.reduce((sum, value) => sum! + value!, 0)!, 2),
    generatorCores: mean("generatorCores")!,
    otherCores: mean("otherCores"),
    loadAverage: parts[parts.length - 1].share.loadAverage,
  };
}

/**
 * newConnectionLoad for servers to be compared: each warmed up, then measured in `rounds` turns of
 * duration / rounds seconds, one server after the other, so that a machine whose speed drifts (other
 * people's builds and browsers) slows all of them alike and their ratio holds.
 */
export async function newConnectionLoads(
  targets: { url: string; request: PlainRequest; serverPids: number[] }[],
  settings: Omit<LoadSettings, "serverPids">,
  rounds = 4,
): Promise<LoadResult[]> {
  if (settings.warmup > 0) for (const target of targets) await newConnectionRun(target.url, target.request, settings.warmup, settings.connections);
  const runs = targets.map(() => [] as { run: Run; share: CpuShare }[]);
  for (let round = 0; round < rounds; round++) {
    for (const [i, target] of targets.entries()) {
      const cpu = measureCpu(target.serverPids);
      const run = await newConnectionRun(target.url, target.request, settings.duration / rounds, settings.connections);
      runs[i].push({ run, share: cpu() });
    }
  }
  return runs.map((parts) => {
    const latencies = parts.flatMap((part) => part.run.latencies);
    const failuresByStatus: Record<string, number> = {};
    for (const part of parts) for (const [key, count] of Object.entries(part.run.failuresByStatus)) failuresByStatus[key] = (failuresByStatus[key] ?? 0) + count;
    const seconds = parts.reduce((sum, part) => sum + part.run.seconds, 0);
    const failures = Object.values(failuresByStatus).reduce((sum, count) => sum + count, 0);
    return {
      requestsPerSecond: round(latencies.length / seconds),
      latencyMs: percentiles(latencies),
      requests: latencies.length + failures,
      failures,
      failuresByStatus,
      seconds: round(seconds),
      connections: settings.connections,
      engine: "new connection per request",
      cpu: combineCpu(parts.map((part) => ({ share: part.share, seconds: part.run.seconds }))),
    };
  });
}

export function percentiles(values: number[]): { p50: number; p90: number; p99: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length === 0 ? NaN : round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]));
  return { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: at(1) };
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
