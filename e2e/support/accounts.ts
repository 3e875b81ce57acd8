import { randomUUID } from "node:crypto";
import { type APIRequestContext, expect, type Page } from "@playwright/test";
import { totpCode } from "./totp";

export type SandboxUser = { userName: string; /** Console access when set. */ password?: string; administrator?: boolean };

export type SandboxAccount = {
  accountId: string;
  email: string;
  password: string;
  accountName: string;
  /** The IAM users made with the account, as requested (passwords included). */
  users: SandboxUser[];
  signInUrl: string;
  /** The root user's access key, when the sandbox was asked for one (`{ accessKey: true }`). */
  accessKey?: { accessKeyId: string; secretAccessKey: string };
  /** The console its learners see: "2021" (the default, the seed tutorial's) or "current". */
  consoleVersion?: ConsoleVersion;
  /** With `controlledClock`: the token that moves the account's clock (e2e/support/clock.ts). */
  clockToken?: string;
};

export type ConsoleVersion = "2021" | "current";

/** Who signs in: the root user by e-mail, or an IAM user by account id (or alias) and user name. */
export type SignInAs =
  | { kind: "root"; email: string; password: string }
  | { kind: "iam"; account: string; userName: string; password: string };

function newSandboxFields() {
  return { email: `learner-${randomUUID()}@example.com`, password: "Lab-Root-2021!", accountName: "Playwright sandbox" };
}

/**
 * A new, isolated sandbox account (and its IAM users) through POST /api/sandboxes: no page, no clicks.
 * With `accessKey`, the account comes with an access key of its root user, for the API; with
 * `consoleVersion: "current"`, it shows AWS's current console instead of the 2021 one; with
 * `controlledClock`, it runs on a clock the test moves (e2e/support/clock.ts).
 */
export async function createSandbox(
  request: APIRequestContext,
  users: SandboxUser[] = [],
  { accessKey = false, consoleVersion = "2021", controlledClock = false }: { accessKey?: boolean; consoleVersion?: ConsoleVersion; controlledClock?: boolean } = {},
): Promise<SandboxAccount> {
  const fields = newSandboxFields();
  const response = await request.post("/api/sandboxes", { data: { ...fields, users, accessKey, consoleVersion, ...(controlledClock && { controlledClock }) } });
  expect(response.status(), await response.text()).toBe(201);
  const created = (await response.json()) as Pick<SandboxAccount, "accountId" | "signInUrl" | "accessKey" | "clockToken">;
  return { ...fields, users, consoleVersion, accountId: created.accountId, signInUrl: created.signInUrl, accessKey: created.accessKey, clockToken: created.clockToken };
}

/** Signs up a new sandbox account through the "Create a new AWS account" page, as a learner does. */
export async function signUpSandbox(page: Page): Promise<SandboxAccount> {
  const account = newSandboxFields();
  await page.goto("/signup");
  await page.getByLabel("Root user email address").fill(account.email);
  await page.getByLabel("AWS account name").fill(account.accountName);
  await page.getByLabel("Root user password", { exact: true }).fill(account.password);
  await page.getByLabel("Confirm root user password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  const id = page.getByTestId("new-account-id");
  await expect(id).toHaveText(/^\d{12}$/);
  const accountId = (await id.textContent())!.trim();
  return { ...account, accountId, users: [], consoleVersion: "2021", signInUrl: `/signin?account=${accountId}` };
}

export const rootOf = (account: SandboxAccount): SignInAs => ({ kind: "root", email: account.email, password: account.password });

/** An IAM user of `account`, by name; it must have been made with a password (the `sandbox` option). */
export function userOf(account: SandboxAccount, userName: string): SignInAs {
  const user = account.users.find((u) => u.userName === userName);
  if (!user?.password) throw new Error(`${userName} is not a sandbox user with a password: add it to test.use({ sandbox: { users } })`);
  return { kind: "iam", account: account.accountId, userName, password: user.password };
}

/**
 * Signs `page`'s browser context in without the sign-in page, through next-auth's own endpoints (the
 * cookies land in the context). With `mfaSeed`, answers the MFA step with the next step's code, which
 * the lab accepts at once (one step of drift) and which no earlier sign-in can have spent.
 * Use the sign-in page (signInAsRoot, signInAsIamUser) when the sign-in itself is under test.
 */
export async function signInWithoutUi(page: Page, who: SignInAs, { mfaSeed }: { mfaSeed?: string } = {}): Promise<void> {
  const csrf = async () => ((await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  const fields: Record<string, string> =
    who.kind === "root" ? { kind: "root", email: who.email } : { kind: "iam", account: who.account, userName: who.userName };
  const password = await page.request.post("/api/auth/callback/password", {
    form: { ...fields, password: who.password, csrfToken: await csrf() },
    maxRedirects: 0,
  });
  const location = password.headers().location ?? "";
  if (!mfaSeed) {
    expect(location, `signing in as ${JSON.stringify(fields)}`).not.toMatch(/[?&]error=/);
    return;
  }
  const mfa = await page.request.post("/api/auth/callback/mfa", {
    form: { code: totpCode(mfaSeed, 1), csrfToken: await csrf() },
    maxRedirects: 0,
  });
  expect(mfa.headers().location ?? "", `the MFA step of ${JSON.stringify(fields)}`).not.toMatch(/[?&]error=/);
}

/** Signs in on the sign-in page, opened at `from` (a /signin URL, e.g. with a callbackUrl). */
export async function signInAsRoot(page: Page, email: string, password: string, from = "/signin"): Promise<void> {
  await page.goto(from);
  await page.getByRole("radio", { name: /Root user/ }).check();
  await page.getByLabel("Root user email address").fill(email);
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

export async function signInAsIamUser(page: Page, account: string, userName: string, password: string, from = "/signin"): Promise<void> {
  await page.goto(from);
  await page.getByRole("radio", { name: /IAM user/ }).check();
  await page.getByLabel("Account ID (12 digits) or account alias").fill(account);
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("IAM user name").fill(userName);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}
