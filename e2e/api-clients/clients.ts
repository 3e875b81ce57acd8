import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Credentials } from "../support/api";

// The clients people script AWS with, run as learners run them, against the lab Playwright started:
// the AWS CLI v2 (Debian's `awscli`, /usr/bin/aws: the `aws` on PATH may be another version) and
// boto3 (Debian's `python3-boto3`, under /usr/bin/python3, not a pyenv python). A client that cannot
// parse an answer makes the call throw, so the test fails.

export const AWS_CLI = "/usr/bin/aws";
export const PYTHON = "/usr/bin/python3";
const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Where and as whom a client calls: the server's base URL and an access key (with a session token for STS credentials). */
export type ApiTarget = { baseURL: string; credentials: Credentials; /** The client's configured region; us-east-1 unless a test is about regions. */ region?: string };

/** An AWS error as the client reports it. The CLI shows no HTTP status (only with --debug); boto3 does. */
export type AwsError = { code: string; message: string; status?: number };

type Env = Record<string, string | undefined>;

/** A clean environment: the clients read nothing of this machine's AWS configuration, and never retry. */
function clientEnv(target: ApiTarget): Env {
  return {
    PATH: "/usr/bin:/bin",
    HOME: process.env.HOME,
    LANG: "C.UTF-8",
    AWS_ACCESS_KEY_ID: target.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: target.credentials.secretAccessKey,
    ...(target.credentials.sessionToken ? { AWS_SESSION_TOKEN: target.credentials.sessionToken } : {}),
    AWS_DEFAULT_REGION: target.region ?? "us-east-1",
    AWS_CONFIG_FILE: "/dev/null",
    AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
    AWS_EC2_METADATA_DISABLED: "true",
    AWS_MAX_ATTEMPTS: "1",
    AWS_RETRY_MODE: "standard",
    AWS_PAGER: "",
  };
}

/** Long enough for a client on a machine shared with other test runs; a hung one still fails the test. */
const CLIENT_TIMEOUT_MS = 120_000;

type RunResult = { exitCode: number; stdout: string; stderr: string };

function run(file: string, args: string[], env: Env, stdin?: string, cwd?: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(file, args, { env: env as NodeJS.ProcessEnv, cwd, timeout: CLIENT_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error?.killed) reject(new Error(`${file} ${args.join(" ")} took more than ${CLIENT_TIMEOUT_MS / 1000} s`));
      else if (error && typeof error.code !== "number") reject(error);
      else resolve({ exitCode: error ? (error.code as number) : 0, stdout, stderr });
    });
    // A program that reads no input (oathtool) may exit before it is written: its closed pipe is no failure.
    child.stdin?.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") reject(error);
    });
    child.stdin?.end(stdin ?? "");
  });
}

export type CliResult = { output: unknown; error?: undefined } | { output?: undefined; error: AwsError };

/** The CLI's way of reporting an AWS error: exit code 254 and this line on stderr. */
const CLI_ERROR = /An error occurred \(([\w.]+)\) when calling the \w+ operation(?: \(reached max retries: \d+\))?: ([\s\S]*)$/;

/**
 * `aws <service> <command> …args --endpoint-url <lab> --output json`, resolving to the parsed JSON
 * output (null for an operation without output) or the AWS error. Any other end (exit 255: the CLI
 * could not parse the answer, or refused the command) throws.
 *
 *   const aws = awsCli({ baseURL, credentials: account.accessKey! });
 *   const { output } = await aws("iam", "get-user");
 */
export function awsCli(target: ApiTarget) {
  return async (service: "iam" | "sts", command: string, ...args: string[]): Promise<CliResult> => {
    const argv = [service, command, ...args, "--endpoint-url", `${target.baseURL}/api/${service}`, "--output", "json"];
    const { exitCode, stdout, stderr } = await run(AWS_CLI, argv, clientEnv(target));
    if (exitCode === 0) return { output: stdout.trim() ? JSON.parse(stdout) : null };
    const match = CLI_ERROR.exec(stderr.trim());
    if (exitCode === 254 && match) return { error: { code: match[1], message: match[2].trim() } };
    throw new Error(`aws ${argv.join(" ")} exited ${exitCode}: ${stderr || stdout}`);
  };
}

/** One boto3 call: service, the client method's snake_case name, its keyword arguments, and optionally the client's region. */
export type Boto3Call = [service: "iam" | "sts", method: string, params?: Record<string, unknown>, options?: { region?: string }];

/** A boto3 call's answer (ResponseMetadata removed; bytes as base64, dates as ISO 8601), or the AWS error with its HTTP status. */
export type Boto3Result = { response: Record<string, unknown>; error?: undefined } | { response?: undefined; error: Required<AwsError> };

/**
 * boto3, run once for any number of calls (one Python process: boto3 takes about half a second to
 * import): `const [user, devices] = await boto3(target, ["iam", "get_user"], ["iam", "list_mfa_devices"])`.
 * A call that fails other than with an AWS error (a response botocore cannot parse) throws.
 */
export async function boto3(target: ApiTarget, ...calls: Boto3Call[]): Promise<Boto3Result[]> {
  const input = calls.map(([service, method, params = {}, options = {}]) => ({ service, method, params, region: options.region }));
  return (await boto3Script(target, "boto3_calls.py", { calls: input })) as Boto3Result[];
}

/** A Python script of this folder, given the endpoint, the credentials and `input` as JSON on stdin; its JSON output. */
export async function boto3Script(target: ApiTarget, script: string, input: Record<string, unknown> = {}): Promise<unknown> {
  const payload = JSON.stringify({ baseURL: target.baseURL, region: target.region ?? "us-east-1", credentials: target.credentials, ...input });
  // -E -s: no PYTHON* variables and no user site, so Debian's boto3 is the one imported.
  const { exitCode, stdout, stderr } = await run(PYTHON, ["-E", "-s", path.join(HERE, script)], clientEnv(target), payload);
  if (exitCode !== 0) throw new Error(`${script} exited ${exitCode}: ${stderr}`);
  return JSON.parse(stdout);
}

/**
 * A script as a learner pastes it (a documented command block): `bash -e` or `python3`, in `cwd`, with
 * the target's credentials and `env` in the environment (`aws` is /usr/bin/aws); its exit code and output.
 */
export function runScript(target: ApiTarget, language: "sh" | "python", script: string, options: { cwd: string; env?: Env }): Promise<RunResult> {
  const env = { ...clientEnv(target), ...options.env };
  return language === "sh" ? run("/bin/bash", ["-e", "-c", script], env, undefined, options.cwd) : run(PYTHON, ["-E", "-s", "-c", script], env, undefined, options.cwd);
}

/**
 * Codes of a TOTP seed from oathtool, an implementation that is not ours: the step `offset` steps from
 * `nowMs` (the real time, or a controlled clock's), and the `count - 1` after it.
 */
export async function oathtoolCodes(seed: string, offset = 0, count = 1, nowMs = Date.now()): Promise<string[]> {
  const at = Math.floor(nowMs / 1000) + offset * 30;
  const { exitCode, stdout, stderr } = await run("/usr/bin/oathtool", ["--totp", "-b", "-w", String(count - 1), "--now", `@${at}`, seed], { PATH: "/usr/bin:/bin" });
  if (exitCode !== 0) throw new Error(`oathtool exited ${exitCode}: ${stderr}`);
  return stdout.trim().split("\n");
}
