import { randomUUID } from "node:crypto";
import { rootOf, signInWithoutUi, userOf } from "./support/accounts";
import { expect, test } from "./support/fixtures";

const PASSWORD = "Lab-User-2021!";
const body = (fields: Record<string, unknown> = {}) => ({
  email: `script-${randomUUID()}@example.com`,
  accountName: "Class of 2021",
  password: "Lab-Root-2021!",
  ...fields,
});

test.describe("POST /api/sandboxes, the sign-up page for scripts", () => {
  test.use({
    sandbox: {
      users: [
        { userName: "teacher", password: PASSWORD, administrator: true },
        { userName: "student", password: PASSWORD },
        { userName: "service" },
      ],
    },
  });

  test("makes an account with its IAM users; each signs in with what was asked for", async ({ account, rootPage, userPage, browser }) => {
    expect(account.accountId).toMatch(/^\d{12}$/);
    expect(new URL(account.signInUrl).pathname + new URL(account.signInUrl).search).toBe(`/signin?account=${account.accountId}`);

    await expect(userPage.getByRole("button", { name: `Account menu: teacher @ ${account.accountId}` })).toBeVisible();
    await userPage.goto("/iam/users");
    const users = userPage.getByRole("table", { name: "Users" });
    await expect(users.getByRole("rowheader")).toHaveText([/service/, /student/, /teacher/]);
    await expect(users.getByRole("rowheader", { name: /teacher/ })).toContainText("Administrator");

    const student = await (await browser.newContext()).newPage();
    await signInWithoutUi(student, userOf(account, "student"));
    await student.goto("/iam/users");
    await expect(student.getByRole("heading", { name: "Access denied" })).toBeVisible();

    await rootPage.goto("/iam/event-history?eventName=CreateUser");
    await expect(rootPage.getByRole("table", { name: "Events" }).getByRole("rowheader")).toHaveCount(3);
  });

  test("the user without a password has no console access", async ({ page, account }) => {
    const response = await page.request.get("/api/auth/csrf");
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    const signIn = await page.request.post("/api/auth/callback/password", {
      form: { kind: "iam", account: account.accountId, userName: "service", password: PASSWORD, csrfToken },
      maxRedirects: 0,
    });
    expect(signIn.headers().location).toMatch(/error=CredentialsSignin/);
  });
});

test("bad requests get a clear error and create nothing", async ({ request, page }) => {
  const refused = async (data: unknown, options: { contentType?: string } = {}) => {
    const response = await request.post("/api/sandboxes", {
      headers: { "content-type": options.contentType ?? "application/json" },
      data: Buffer.from(typeof data === "string" ? data : JSON.stringify(data)),
    });
    return { status: response.status(), error: ((await response.json()) as { error: { code: string; message: string; fields?: Record<string, string> } }).error };
  };

  const email = `kept-free-${randomUUID()}@example.com`;
  const invalid = await refused(
    body({
      email,
      password: "short",
      accountName: "<b>",
      users: [{ userName: "bob smith" }, { userName: "ok", password: "weak" }, { userName: "OK" }],
      admin: true,
    }),
  );
  expect(invalid.status).toBe(400);
  expect(invalid.error.code).toBe("ValidationError");
  expect(invalid.error.fields).toMatchObject({
    password: expect.stringMatching(/^Passwords must be at least 8 characters/),
    accountName: "The characters < and > are not allowed.",
    "users.0.userName": "Use only letters, digits and the characters + = , . @ _ - (up to 64).",
    "users.1.password": expect.stringMatching(/^Passwords must be at least 8 characters/),
    users: "Each user name may appear only once.",
  });
  expect(Object.keys(invalid.error.fields ?? {})).toContain("request");
  expect(JSON.stringify(invalid)).not.toContain("short");

  const tooMany = await refused(body({ users: Array.from({ length: 11 }, (_, i) => ({ userName: `u${i}` })) }));
  expect(tooMany.error.fields).toEqual({ users: "Too many entries." });
  expect(await refused("{not json")).toMatchObject({ status: 400, error: { code: "MalformedInput" } });
  expect(await refused("email=a", { contentType: "application/x-www-form-urlencoded" })).toMatchObject({ status: 415, error: { code: "UnsupportedMediaType" } });
  expect(await refused(body({ accountName: "x".repeat(20_000) }))).toMatchObject({ status: 413, error: { code: "RequestEntityTooLarge" } });

  // None of that made an account: the e-mail is still free, once.
  const made = await request.post("/api/sandboxes", { data: body({ email }) });
  expect(made.status()).toBe(201);
  expect(await refused(body({ email: email.toUpperCase() }))).toMatchObject({
    status: 409,
    error: { code: "EntityAlreadyExists", message: "An account with this root user email address already exists." },
  });
  const { accountId } = (await made.json()) as { accountId: string };
  await signInWithoutUi(page, rootOf({ email, password: body().password, accountId, accountName: "", users: [], signInUrl: "" }));
  await page.goto("/iam/home");
  await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
});
