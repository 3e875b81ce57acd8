import { signInAsIamUser } from "./support/accounts";
import { assignUserMfa, createUserInConsole, lookUpEvents, newestEventRecord } from "./support/console";
import { expect, test } from "./support/fixtures";
import { submitMfaCode } from "./support/mfa";
import { totpCode } from "./support/totp";

const PASSWORD = "Lab-User-2021!";

test.describe("event history", () => {
  test("shows every sign-in and change newest first, filters by event name and user, and never holds a password, a seed or a code", async ({
    rootPage: page,
    account,
    browser,
  }) => {
    await createUserInConsole(page, { userName: "Bob", password: PASSWORD });
    const seed = await assignUserMfa(page, "Bob", account.accountId);

    const bob = await (await browser.newContext()).newPage();
    await signInAsIamUser(bob, account.accountId, "Bob", "Wrong-password-1");
    await expect(bob.getByRole("alert").filter({ hasText: "Your authentication information is incorrect." })).toBeVisible();
    await signInAsIamUser(bob, account.accountId, "Bob", PASSWORD);
    const code = totpCode(seed, 1);
    await submitMfaCode(bob, code);
    await expect(bob.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();

    await page.getByRole("navigation", { name: /IAM/ }).getByRole("link", { name: "Event history" }).click();
    const events = page.getByRole("table", { name: "Events" });
    await expect(events.getByRole("rowheader").last()).toHaveText("CreateAccount");
    const names = await events.getByRole("rowheader").allTextContents();
    // Newest first: Bob's sign-ins, then the administrator's changes, then the root user's sign-in and the sign-up.
    expect(names[0]).toBe("ConsoleLogin");
    expect(names.indexOf("EnableMFADevice")).toBeLessThan(names.indexOf("CreateVirtualMFADevice"));
    expect(names.indexOf("CreateVirtualMFADevice")).toBeLessThan(names.indexOf("CreateUser"));
    expect(names.filter((name) => name === "ConsoleLogin").length).toBeGreaterThanOrEqual(3);

    const logins = await lookUpEvents(page, { eventName: "ConsoleLogin" });
    const loginNames = await logins.getByRole("rowheader").allTextContents();
    expect(new Set(loginNames)).toEqual(new Set(["ConsoleLogin"]));
    const bobs = await lookUpEvents(page, { userName: "Bob" });
    await expect(bobs.getByRole("row", { name: /ConsoleLogin/ }).first()).toBeVisible();
    const users = await bobs.locator("tbody tr td:nth-of-type(2)").allTextContents();
    expect(new Set(users)).toEqual(new Set(["Bob"]));
    const roots = await lookUpEvents(page, { eventName: "CreateUser", userName: "root" });
    await expect(roots.getByRole("rowheader")).toHaveText(["CreateUser"]);
    const none = await lookUpEvents(page, { eventName: "DeleteUser", userName: "Bob" });
    await expect(none.getByText("No events match.")).toBeVisible();

    const login = await newestEventRecord(page, { eventName: "ConsoleLogin", userName: "Bob" });
    expect(login).toMatchObject({
      eventVersion: "1.08",
      eventSource: "signin.amazonaws.com",
      eventName: "ConsoleLogin",
      eventType: "AwsConsoleSignIn",
      awsRegion: "us-east-1",
      recipientAccountId: account.accountId,
      userIdentity: { type: "IAMUser", accountId: account.accountId, userName: "Bob", arn: `arn:aws:iam::${account.accountId}:user/Bob` },
      responseElements: { ConsoleLogin: "Success" },
      additionalEventData: { MFAUsed: "Yes" },
      requestParameters: null,
    });
    expect(login.userIdentity.principalId).toMatch(/^AIDA[A-Z2-7]{17}$/);
    expect(login.eventTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(login.userAgent).toContain("Chrome");
    expect(login).not.toHaveProperty("errorCode");
    await expect(page.getByRole("region", { name: "Details" })).toContainText("Yes");

    // The failed attempt: CloudTrail hides what was typed as the user name.
    const failures = await lookUpEvents(page, { eventName: "ConsoleLogin" });
    await failures.getByRole("row", { name: /HIDDEN_DUE_TO_SECURITY_REASONS/ }).getByRole("link").click();
    const failed = JSON.parse((await page.getByTestId("event-record").textContent())!);
    expect(failed).toMatchObject({
      errorMessage: "Failed authentication",
      responseElements: { ConsoleLogin: "Failure" },
      additionalEventData: { MFAUsed: "No" },
      userIdentity: { type: "IAMUser", userName: "HIDDEN_DUE_TO_SECURITY_REASONS" },
    });

    const created = await newestEventRecord(page, { eventName: "CreateVirtualMFADevice" });
    expect(created.requestParameters).toEqual({ virtualMFADeviceName: "Bob", path: "/" });
    for (const path of ["/iam/event-history", "/iam/event-history?eventName=ConsoleLogin"]) {
      await page.goto(path);
      const html = await page.content();
      expect(html).not.toContain(PASSWORD);
      expect(html).not.toContain("Wrong-password-1");
      expect(html).not.toContain(seed);
    }
    for (const eventName of ["EnableMFADevice", "ConsoleLogin", "CreateLoginProfile"]) {
      const record = JSON.stringify(await newestEventRecord(page, { eventName }));
      expect(record).not.toContain(PASSWORD);
      expect(record).not.toContain(seed);
      expect(record).not.toMatch(new RegExp(`(?<!\\d)${code}(?!\\d)`));
    }
  });

  test("the filter explains bad input on its field", async ({ rootPage: page, account }) => {
    await lookUpEvents(page, { eventName: "<script>", userName: "bob smith" });
    await expect(page.getByText("Use only letters and digits (up to 128).")).toBeVisible();
    await expect(page.getByText("Use only letters, digits and the characters + = , . @ _ - (up to 64).")).toBeVisible();
    await expect(page.getByLabel("Event name")).toHaveValue("<script>");
    await expect(page.getByRole("table", { name: "Events" }).getByText("No events match.")).toBeVisible();
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page.getByRole("table", { name: "Events" }).getByRole("rowheader").first()).toHaveText("ConsoleLogin");
  });
});
