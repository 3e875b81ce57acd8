// Structured logs: one JSON object per line, `{"level","time","msg","requestId",...fields}`, on stdout
// (warn and error on stderr), for a log collector to parse. Nothing secret may be logged: fields whose
// names look secret are replaced by "[redacted]", and passwords inside URLs are masked, as a second line
// of defence, not as a licence to pass secrets in.
//
//   import { log, requestLogger } from "@/lib/log";
//   log.info("server ready", { port });
//   const logger = requestLogger(await headers());   // requestId from x-request-id, or a new one
//   logger.error("sign-in failed", { error });
//
// LOG_LEVEL (debug, info, warn, error; default info) sets the least severe level written.
// No "server-only": scripts import this module too.
import { randomUUID } from "node:crypto";

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

export type Logger = {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds `fields` (a requestId, say) to every line. */
  child(fields: LogFields): Logger;
};

export type LogSink = (line: string, level: LogLevel) => void;

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
export const REQUEST_ID_HEADER = "x-request-id";
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Field names whose values are never written: passwords, secrets, tokens, seeds, codes, cookies, keys. */
const SECRET_NAME =
  /pass(word|wd|phrase)?$|secret|token|seed|cookie|authorization|^(code|code1|code2|otp|totp|key|apikey|privatekey|encryptionkey)$|credential/i;

function levelFrom(value: string | undefined): LogLevel {
  const level = value?.trim().toLowerCase();
  return level && Object.hasOwn(LEVELS, level) ? (level as LogLevel) : "info";
}

const defaultSink: LogSink = (line, level) => {
  (level === "warn" || level === "error" ? process.stderr : process.stdout).write(`${line}\n`);
};

/** `scheme://user:password@host` → `scheme://user:***@host`. */
export function maskUrlPasswords(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:)[^@\s]+@/gi, "$1***@");
}

function clean(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return maskUrlPasswords(value);
  if (value === null || typeof value !== "object") return typeof value === "bigint" ? value.toString() : value;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return {
      name: value.name,
      message: maskUrlPasswords(value.message),
      ...(code !== undefined && { code: clean(code) }),
      ...(value.stack && { stack: maskUrlPasswords(value.stack) }),
      ...(value.cause !== undefined && depth < 3 && { cause: clean(value.cause, depth + 1) }),
    };
  }
  if (depth >= 5) return "[deep]";
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => clean(item, depth + 1));
  if (value instanceof Headers || value instanceof Map) return "[omitted]";
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = SECRET_NAME.test(key) ? "[redacted]" : clean(item, depth + 1);
  return out;
}

export function createLogger(
  bound: LogFields = {},
  options: { level?: LogLevel; sink?: LogSink; now?: () => Date } = {},
): Logger {
  const threshold = LEVELS[options.level ?? levelFrom(process.env.LOG_LEVEL)];
  const sink = options.sink ?? defaultSink;
  const now = options.now ?? (() => new Date());
  const write = (level: LogLevel, msg: string, fields?: LogFields) => {
    if (LEVELS[level] < threshold) return;
    const record = clean({ ...bound, ...fields }) as LogFields;
    let line: string;
    try {
      line = JSON.stringify({ level, time: now().toISOString(), msg: maskUrlPasswords(msg), ...record });
    } catch {
      line = JSON.stringify({ level, time: now().toISOString(), msg: maskUrlPasswords(msg), unserializable: true });
    }
    sink(line, level);
  };
  return {
    debug: (msg, fields) => write("debug", msg, fields),
    info: (msg, fields) => write("info", msg, fields),
    warn: (msg, fields) => write("warn", msg, fields),
    error: (msg, fields) => write("error", msg, fields),
    child: (fields) => createLogger({ ...bound, ...fields }, options),
  };
}

/** The process's logger. */
export const log: Logger = createLogger();

/** The request's id: a well-formed incoming `x-request-id` (from a load balancer), else a new one. */
export function requestIdFrom(headers: Pick<Headers, "get"> | null | undefined): string {
  const incoming = headers?.get(REQUEST_ID_HEADER)?.trim();
  return incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** A logger whose lines carry the request's id. */
export function requestLogger(headers: Pick<Headers, "get"> | null | undefined, fields: LogFields = {}): Logger {
  return log.child({ requestId: requestIdFrom(headers), ...fields });
}
