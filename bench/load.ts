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

export type PlainRequest = { method: string; path: string; headers: Record<string, string>; body?: string };

/**
 * A new TCP connection for every request (`Connection: close`, node:http without an agent), for peers
 * that close each connection (moto's server), and for comparing with them on equal terms. autocannon
 * cannot: with `reconnectRate` it drops the response it reconnects after, so it counts nothing at 1.
 */
export async function newConnectionLoad(url: string, request: PlainRequest, settings: LoadSettings): Promise<LoadResult> {
  const run = async (seconds: number) => {
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
      Array.from({ length: settings.connections }, async () => {
        while (performance.now() < deadline) await once();
      }),
    );
    return { latencies, failuresByStatus, seconds: (performance.now() - startedAt) / 1000 };
  };
  if (settings.warmup > 0) await run(settings.warmup);
  const cpu = measureCpu(settings.serverPids);
  const { latencies, failuresByStatus, seconds } = await run(settings.duration);
  const share = cpu();
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
    cpu: share,
  };
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
