// The part of autocannon 9's programmatic API the bench uses (the package ships no types).
declare module "autocannon" {
  type Context = Record<string, unknown>;

  export type RequestSpec = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    /** Called before each send with the connection's context; null skips back to the first request. */
    setupRequest?: (request: RequestSpec, context: Context) => RequestSpec | null | undefined;
    onResponse?: (status: number, body: string, context: Context, headers: Record<string, string | string[]>) => void;
  };

  export type Options = RequestSpec & {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    /** Requests to send in all, spread over the connections; the duration is then ignored. */
    amount?: number;
    /** Seconds a request may take before it counts as a timeout. */
    timeout?: number;
    requests?: RequestSpec[];
    initialContext?: Context;
  };

  export type Histogram = {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p99: number;
    p99_9: number;
  };

  export type Result = {
    /** Seconds the run lasted. */
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
    "3xx": number;
    "4xx": number;
    "5xx": number;
    statusCodeStats: Record<string, { count: number }>;
    /** Milliseconds. */
    latency: Histogram;
    requests: Histogram & { sent: number };
  };

  export type Instance = PromiseLike<Result> & { stop(): void };

  export default function autocannon(options: Options): Instance;
}
