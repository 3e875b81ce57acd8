import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A test timeout for tests that run scripts: each run starts Node with tsx, seconds on a busy two-core machine. */
export const SCRIPT_TIMEOUT_MS = 120_000;

export type ScriptRun = { code: number | null; stdout: string; stderr: string };

/**
 * Runs `scripts/<name>.ts` as its npm script does (tsx, react-server conditions), in a fresh working
 * directory holding only `envFile` as its .env.local, in this process's environment without `unset`
 * and with `env`.
 */
export async function runScript(
  name: string,
  args: string[],
  { env = {}, unset = [], envFile }: { env?: Record<string, string>; unset?: string[]; envFile?: string } = {},
): Promise<ScriptRun> {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), "mock-iam-script-"));
  if (envFile !== undefined) fs.writeFileSync(path.join(cwd, ".env.local"), envFile);
  const environment: NodeJS.ProcessEnv = { ...process.env };
  for (const variable of unset) delete environment[variable];
  Object.assign(environment, env);
  const tsx = path.resolve("node_modules/.bin/tsx");
  const child = spawn(tsx, ["--conditions=react-server", path.resolve(`scripts/${name}.ts`), ...args], { cwd, env: environment });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    const code = await new Promise<number | null>((resolve, reject) => child.on("error", reject).on("close", resolve));
    return { code, stdout, stderr };
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}
