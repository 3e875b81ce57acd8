// Two `next start` instances (A on 3401, B on 3402) on one PostgreSQL database: nothing that matters
// lives in an instance's memory. Browsers do not separate cookies by port, so one browser context can
// carry a challenge or a session from one instance to the other, as a load balancer would.
import { type Browser, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";
import { signInAsRoot, type SandboxAccount } from "../support/accounts";
import { expect, test } from "../support/fixtures";
import { assignRootVirtualMfa, signOut, submitMfaCode } from "../support/mfa";
import { totpCode } from "../support/totp";

const A = `http://localhost:${process.env.MULTI_PORT_A ?? 3401}`;
const B = `http://localhost:${process.env.MULTI_PORT_B ?? 3402}`;
const DASHBOARD = { name: "IAM dashboard" } as const;
const MFA_PAGE = { name: "Multi-factor authentication" } as const;

/** A query on the scenario's database, to check what the instances stored. */
async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<T[]> {
  const url = new URL(process.env.MULTI_DATABASE_URL!);
  url.searchParams.delete("connection_limit");
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function pageOn(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, locale: "en-US" });
  return { context, page: await context.newPage() };
}

/** Assigns a virtual MFA device to the account's root user through instance A; returns its seed. */
async function rootWithMfaThroughA(browser: Browser, account: SandboxAccount): Promise<string> {
  const { context, page } = await pageOn(browser, A);
  await signInAsRoot(page, account.email, account.password);
  await expect(page.getByRole("heading", DASHBOARD)).toBeVisible();
  const seed = await assignRootVirtualMfa(page);
  await signOut(page);
  await context.close();
  return seed;
}

/** The password step on `baseURL`: a page on the MFA challenge. */
async function passwordStep(browser: Browser, baseURL: string, account: SandboxAccount): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await pageOn(browser, baseURL);
  await signInAsRoot(opened.page, account.email, account.password);
  await expect(opened.page.getByRole("heading", MFA_PAGE)).toBeVisible();
  return opened;
}

test.describe("two instances, one PostgreSQL", () => {
  test("both instances are healthy on the same migrated database", async ({ request }) => {
    for (const base of [A, B]) {
      const response = await request.get(`${base}/api/health`, { headers: { "x-request-id": "multi-instance-check" } });
      expect(response.status()).toBe(200);
      expect(await response.json()).toEqual({ status: "ok", database: "ok", migrations: "applied" });
      expect(response.headers()["x-request-id"]).toBe("multi-instance-check");
    }
  });

  test("MFA assigned through A signs in through B; the session works on A; signing out on A ends it on B", async ({ browser, account }) => {
    const seed = await rootWithMfaThroughA(browser, account);

    const { context, page } = await passwordStep(browser, B, account);
    await submitMfaCode(page, totpCode(seed, 1));
    await expect(page.getByRole("heading", DASHBOARD)).toBeVisible();
    expect(new URL(page.url()).origin).toBe(B);

    // The same session cookie, served by the other instance.
    await page.goto(`${A}/iam/home`);
    await expect(page.getByRole("heading", DASHBOARD)).toBeVisible();

    // Keep a copy of the cookie, sign out on A, and replay the copy against B: revoked in the database.
    const copied = await context.cookies();
    await signOut(page);
    const replay = await pageOn(browser, B);
    await replay.context.addCookies(copied);
    await replay.page.goto("/iam/home");
    await expect(replay.page).toHaveURL(/\/signin/);
    await replay.context.close();
    await context.close();
  });

  test("a code accepted by one instance is refused by the other", async ({ browser, account }) => {
    const seed = await rootWithMfaThroughA(browser, account);
    const onA = await passwordStep(browser, A, account);
    const onB = await passwordStep(browser, B, account);
    const code = totpCode(seed, 1);

    await submitMfaCode(onA.page, code);
    await expect(onA.page.getByRole("heading", DASHBOARD)).toBeVisible();
    await submitMfaCode(onB.page, code);
    await expect(onB.page.getByRole("alert").filter({ hasText: "This code was already used." })).toBeVisible();
    await onB.page.goto("/iam/home");
    await expect(onB.page).toHaveURL(/\/signin/);
    await onA.context.close();
    await onB.context.close();
  });

  test("failures counted on both instances lock the device on both", async ({ browser, account }) => {
    test.slow(); // the attempt policy's back-off: 1 + 2 + 4 + 8 + 16 s before the tenth failure
    const seed = await rootWithMfaThroughA(browser, account);
    const pages = [(await passwordStep(browser, A, account)).page, (await passwordStep(browser, B, account)).page];
    const wrong = String((Number(totpCode(seed, 0)) + 500_000) % 1_000_000).padStart(6, "0");

    for (let failure = 1; failure <= 10; failure++) {
      const page = pages[failure % 2]; // B, A, B, A, ...: each instance sees only half of the failures
      await page.goto("/signin/mfa"); // a fresh page: no alert left from this page's last attempt
      await submitMfaCode(page, wrong);
      const alert = page.getByRole("alert").filter({ hasText: /incorrect|Wait \d+ seconds?|locked/ });
      await expect(alert).toBeVisible();
      const wait = /Wait (\d+) seconds?/.exec((await alert.textContent()) ?? "");
      if (failure >= 5 && failure < 10) {
        expect(wait, `failure ${failure} asks to wait`).not.toBeNull();
        await page.waitForTimeout(Number(wait![1]) * 1000 + 200);
      } else if (failure < 5) {
        expect(wait, `failure ${failure} asks for no wait`).toBeNull();
      }
    }
    const locked = "This MFA device is locked after too many incorrect codes";
    await expect(pages[0].getByRole("alert").filter({ hasText: locked })).toBeVisible();
    // Locked on the other instance too, even for the right code.
    await pages[1].goto("/signin/mfa");
    await submitMfaCode(pages[1], totpCode(seed, 1));
    await expect(pages[1].getByRole("alert").filter({ hasText: "locked" })).toBeVisible();
    const [device] = await query<{ failedAttempts: number; lockedUntil: Date | null }>(
      `SELECT "failedAttempts", "lockedUntil" FROM "MfaDevice" WHERE "accountId" = $1 AND "assignedToRoot"`,
      [account.accountId],
    );
    expect(device.failedAttempts).toBe(10);
    expect(device.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 10 * 60 * 1000);
  });

  test("fifty concurrent submissions of one code across both instances give exactly one session", async ({ browser, account }) => {
    test.setTimeout(300_000);
    const seed = await rootWithMfaThroughA(browser, account);

    // Five browsers do the password step, on A, B, A, B, A: five challenges. Each then submits the MFA
    // form ten times, five times to each instance, all fifty at once. A submission is the form's own
    // fields (React's hidden action fields included) posted as a browser without JavaScript posts them,
    // through the browser context's request API, so it carries that browser's challenge cookie; fifty
    // clicks in fifty pages would spread over seconds on a two-core machine, these land together.
    const challenges = await Promise.all(
      [A, B, A, B, A].map(async (base) => {
        const { context, page } = await passwordStep(browser, base, account);
        // The form as the server renders it, with React's hidden action fields (hydration drops them).
        const html = await (await context.request.get(`${base}/signin/mfa`)).text();
        const fields = await page.evaluate((source) => {
          const form = new DOMParser().parseFromString(source, "text/html").querySelector<HTMLInputElement>('input[name="code"]')?.form;
          if (!form) throw new Error("no MFA form in the server-rendered page");
          return [...new FormData(form).entries()].map(([name, value]) => [name, String(value)] as [string, string]);
        }, html);
        expect(fields.some(([name]) => name.startsWith("$ACTION_"))).toBe(true);
        return { context, fields };
      }),
    );

    const before = new Date(Date.now() - 1000);
    const code = totpCode(seed, 1);
    const submissions = challenges.flatMap(({ context, fields }, challenge) =>
      Array.from({ length: 10 }, (_, i) => {
        const base = i % 2 === 0 ? A : B;
        const multipart = Object.fromEntries(fields.map(([name, value]) => [name, name === "code" ? code : value]));
        return context.request
          .post(`${base}/signin/mfa`, { multipart, maxRedirects: 0, headers: { origin: base }, timeout: 120_000 })
          .then(async (response) => ({
            challenge,
            base,
            status: response.status(),
            location: response.headers().location,
            ...(![200, 303, 307].includes(response.status()) && { body: (await response.text()).slice(0, 500) }),
          }));
      }),
    );
    const results = await Promise.all(submissions);

    // One redirect into the console (the session). The other forty-nine are refused: the form again
    // (the code is spent), or, for the winner's own challenge once it is consumed, back to sign-in.
    const winners = results.filter((result) => result.status === 303 && !result.location?.includes("/signin"));
    const expired = (result: (typeof results)[number]) =>
      [303, 307].includes(result.status) && Boolean(result.location?.includes("/signin?expired=1"));
    const refused = results.filter((result) => result.status === 200 || expired(result));
    expect(winners, JSON.stringify(results)).toHaveLength(1);
    expect(refused, JSON.stringify(results)).toHaveLength(49);
    expect(results.filter(expired).every((result) => result.challenge === winners[0].challenge)).toBe(true);
    expect(new Set(results.map((result) => result.base))).toEqual(new Set([A, B]));

    const sessions = await query<{ count: string }>(
      `SELECT count(*) AS count FROM "ConsoleSession" WHERE "accountId" = $1 AND "createdAt" >= $2`,
      [account.accountId, before],
    );
    expect(Number(sessions[0].count)).toBe(1);
    const logins = await query<{ count: string }>(
      `SELECT count(*) AS count FROM "Event" WHERE "accountId" = $1 AND "eventName" = 'ConsoleLogin'
         AND "errorMessage" IS NULL AND "eventTime" >= $2`,
      [account.accountId, before],
    );
    expect(Number(logins[0].count)).toBe(1);

    // The winner's browser is signed in, on either instance; the others are not.
    for (const [index, { context }] of challenges.entries()) {
      const page = await context.newPage();
      await page.goto(`${index % 2 === 0 ? B : A}/iam/home`);
      if (index === winners[0].challenge) await expect(page.getByRole("heading", DASHBOARD)).toBeVisible();
      else await expect(page).toHaveURL(/\/signin/);
    }
    await Promise.all(challenges.map(({ context }) => context.close()));
  });
});
