import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SELF_MANAGE_CREDENTIALS_WITH_MFA } from "../../lib/iam/policy/aws-example-policies";
import { expect, test } from "../support/fixtures";
import { type ApiTarget, oathtoolCodes, runScript } from "./clients";

// The command-line half of the Force MFA lesson, as docs/force-mfa-cli.md writes it: every block marked
// `<!-- lesson: NAME -->` is run as a learner pastes it (bash -e, or python3 for boto3), with only the
// placeholder codes 123456 and 789012 replaced by oathtool's. The answers the page prints are checked
// against what the lab answers, with the example account id replaced by the sandbox's.
// (force-mfa.spec.ts covers AdministratorAccess and the account's "Require MFA for API calls" switch.)

const DOC = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../docs/force-mfa-cli.md");
const EXAMPLE_ACCOUNT = "111122223333";

/** An error line of the CLI or boto3 as a learner sees it (the tests' AWS_MAX_ATTEMPTS=1 adds "reached max retries: 0"). */
const cliError = (stderr: string) => stderr.trim().replace(/ \(reached max retries: \d+\)/, "");

type Block = { language: "sh" | "python"; script: string };

function documentedBlocks(markdown: string): { blocks: Record<string, Block>; texts: string[] } {
  const blocks: Record<string, Block> = {};
  for (const m of markdown.matchAll(/<!-- lesson: (\w+) -->\n```(sh|python)\n([\s\S]*?)```/g)) blocks[m[1]] = { language: m[2] as Block["language"], script: m[3] };
  const texts = [...markdown.matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1].trim());
  return { blocks, texts };
}

test.use({ sandbox: { users: [], accessKey: true, controlledClock: true } });
test.describe.configure({ timeout: 240_000 });

test("the documented commands: Force_MFA and IAMReadOnlyAccess deny without MFA with AWS's message; GetSessionToken with a code allows; a code works once", async ({ account, clock }, testInfo) => {
  const { blocks, texts } = documentedBlocks(fs.readFileSync(DOC, "utf8"));
  expect(Object.keys(blocks)).toEqual(["administrator", "denied", "assign", "enable", "session", "boto3"]);
  const [deniedText, replayText] = texts.map((text) => text.replaceAll(EXAMPLE_ACCOUNT, account.accountId));

  const baseURL = testInfo.project.use.baseURL!;
  const cwd = testInfo.outputPath("learner");
  fs.mkdirSync(cwd, { recursive: true });
  // The file the page asks the learner to save: AWS's example, word for word.
  fs.writeFileSync(path.join(cwd, "force-mfa.json"), SELF_MANAGE_CREDENTIALS_WITH_MFA);
  const env = { LAB: baseURL, MFA_SERIAL: `arn:aws:iam::${account.accountId}:mfa/Ana` };
  const run = async (target: ApiTarget, name: string, codes: string[] = []) => {
    const block = blocks[name];
    const script = block.script.replace("123456", codes[0] ?? "123456").replace("789012", codes[1] ?? "789012");
    return runScript(target, block.language, script, { cwd, env });
  };

  const administrator = await run({ baseURL, credentials: account.accessKey! }, "administrator");
  expect(administrator.exitCode, administrator.stderr).toBe(0);
  const ana: ApiTarget = {
    baseURL,
    credentials: { accessKeyId: /"AccessKeyId": "(AKIA\w+)"/.exec(administrator.stdout)![1], secretAccessKey: /"SecretAccessKey": "([^"]+)"/.exec(administrator.stdout)![1] },
  };

  const denied = await run(ana, "denied");
  expect(denied.exitCode).not.toBe(0);
  expect(cliError(denied.stderr)).toBe(deniedText);
  expect(deniedText).toContain(`with an explicit deny in an identity-based policy: arn:aws:iam::${account.accountId}:policy/Force_MFA`);

  // Setting up MFA is what Force_MFA leaves allowed.
  const assign = await run(ana, "assign");
  expect(assign.exitCode, assign.stderr).toBe(0);
  const seed = fs.readFileSync(path.join(cwd, "ana-seed.txt"), "ascii");
  const enable = await run(ana, "enable", await oathtoolCodes(seed, -1, 2, clock.now()));
  expect(enable.exitCode, enable.stderr).toBe(0);

  await clock.advance(30);
  const [code] = await oathtoolCodes(seed, 0, 1, clock.now());
  const session = await run(ana, "session", [code]);
  expect(session.exitCode, session.stderr).toBe(0);
  expect(session.stdout.trim()).toBe("Ana");
  const replayed = await run(ana, "session", [code]);
  expect(replayed.exitCode).not.toBe(0);
  expect(cliError(replayed.stderr)).toBe(replayText);

  await clock.advance(30);
  const boto3 = await run(ana, "boto3", await oathtoolCodes(seed, 0, 1, clock.now()));
  expect(boto3.exitCode, boto3.stderr).toBe(0);
  expect(boto3.stdout.trim().split("\n").map(cliError)).toEqual([deniedText, "Ana"]);
});
