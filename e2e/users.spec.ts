import { signInAsIamUser, signInWithoutUi, userOf } from "./support/accounts";
import {
  assignUserMfa,
  captureServerAction,
  createUserInConsole,
  credential,
  errorOf,
  fillCreateUserForm,
  lookUpEvents,
  newestEventRecord,
  openUser,
  sendServerAction,
} from "./support/console";
import { expect, test } from "./support/fixtures";
import { submitMfaCode } from "./support/mfa";
import { totpCode } from "./support/totp";

const PASSWORD = "Lab-User-2021!";
const INCORRECT = "Your authentication information is incorrect. Please try again.";

test.describe("IAM users", () => {
  test("an administrator creates a user with console access, assigns the user's MFA from the QR code, and the user signs in with it", async ({
    rootPage: page,
    account,
    browser,
  }) => {
    await createUserInConsole(page, { userName: "Bob", password: PASSWORD, path: "/students/" });
    await expect(page.getByText(`arn:aws:iam::${account.accountId}:user/students/Bob`)).toBeVisible();
    await expect(credential(page, "Console password")).toContainText("Enabled");
    await expect(credential(page, "Assigned MFA device")).toContainText("Not assigned");

    const seed = await assignUserMfa(page, "Bob", account.accountId);
    const serial = `arn:aws:iam::${account.accountId}:mfa/Bob`;
    await expect(credential(page, "Assigned MFA device")).toContainText(serial);
    await expect(credential(page, "Assigned MFA device")).not.toContainText("Not assigned");

    await page.goto("/iam/users");
    await expect(page.getByRole("table", { name: "Users" }).getByRole("row", { name: /Bob/ })).toContainText("Virtual");
    await page.goto("/iam/home");
    const resources = page.getByRole("region", { name: "IAM resources" });
    for (const [label, value] of [
      ["Users", "1"],
      ["MFA devices", "1"],
      ["MFA devices in use", "1"],
      ["Root account MFA", "0"],
    ]) {
      await expect(resources.getByText(label, { exact: true }).locator("xpath=following-sibling::dd[1]"), label).toHaveText(value);
    }

    const bob = await (await browser.newContext()).newPage();
    await signInAsIamUser(bob, account.accountId, "Bob", PASSWORD);
    // The codes typed at assignment are spent; the next step's code is the user's first.
    await submitMfaCode(bob, totpCode(seed, 1));
    await expect(bob).toHaveURL(/\/iam\/home$/);
    await expect(bob.getByRole("button", { name: `Account menu: Bob @ ${account.accountId}` })).toBeVisible();

    const login = await newestEventRecord(page, { eventName: "ConsoleLogin", userName: "Bob" });
    expect(login.userIdentity).toMatchObject({ type: "IAMUser", userName: "Bob", arn: `arn:aws:iam::${account.accountId}:user/students/Bob` });
    expect(login.additionalEventData).toMatchObject({ MFAUsed: "Yes" });
    const enabled = await newestEventRecord(page, { eventName: "EnableMFADevice" });
    expect(enabled.userIdentity).toMatchObject({ type: "Root", arn: `arn:aws:iam::${account.accountId}:root` });
    expect(enabled.requestParameters).toEqual({ userName: "Bob", serialNumber: serial });
    const created = await newestEventRecord(page, { eventName: "CreateUser" });
    expect(created.requestParameters).toEqual({ userName: "Bob", path: "/students/" });
    expect(await page.content()).not.toContain(PASSWORD);
    expect(await page.content()).not.toContain(seed);
  });

  test.describe("with users made with the account", () => {
    test.use({
      sandbox: {
        users: [
          ...["Alice", "Bob", "Temp1", "Temp2"].map((userName) => ({ userName, password: PASSWORD })),
          { userName: "Admin", password: PASSWORD, administrator: true },
        ],
      },
    });

    test("a non-administrator cannot open another user's credentials, and a direct server action request is refused", async ({
      rootPage: page,
      account,
      browser,
    }) => {

      // The administrator's own console sends the Delete user request; the same request deletes Temp2.
      await openUser(page, "Temp1");
      await page.getByRole("button", { name: "Delete user" }).click();
      const deleteUser = await captureServerAction(page, () => page.getByRole("dialog", { name: "Delete Temp1?" }).getByRole("button", { name: "Delete" }).click());
      await expect(page).toHaveURL(/\/iam\/users\?deleted=Temp1/);
      expect(deleteUser.body).toContain("Temp1");
      const asAdmin = await sendServerAction(page, { ...deleteUser, body: deleteUser.body.replace("Temp1", "Temp2") });
      expect(asAdmin.status).toBe(200);
      await page.goto("/iam/users");
      await expect(page.getByRole("table", { name: "Users" }).getByRole("link", { name: "Temp2" })).toHaveCount(0);

      const alice = await (await browser.newContext()).newPage();
      await signInWithoutUi(alice, userOf(account, "Alice"));
      await alice.goto("/iam/home");
      await expect(alice.getByText("The account's resources and security status are shown to administrators.")).toBeVisible();
      await expect(alice.getByRole("region", { name: "IAM resources" })).toHaveCount(0);
      // AWS's self-management policy lets her list the account's virtual MFA devices (/iam/mfa-devices), nothing else here.
      for (const path of ["/iam/users/details/Bob", "/iam/users", "/iam/users/create", "/iam/event-history", "/iam/account-settings"]) {
        await alice.goto(path);
        await expect(alice.getByRole("heading", { name: "Access denied" }), path).toBeVisible();
        await expect(alice.getByText(`arn:aws:iam::${account.accountId}:user/Bob`)).toHaveCount(0);
      }
      // Her own page is hers to manage, like AWS's self-manage policy.
      await alice.goto("/iam/users/details/Alice");
      await expect(alice.getByRole("button", { name: "Manage MFA device for Alice" })).toBeVisible();
      await expect(alice.getByRole("button", { name: "Delete user" })).toHaveCount(0);

      // Her own wizard's request, aimed at Bob; then the administrator's Delete user request, aimed at Bob.
      await alice.goto("/iam/security-credentials");
      await alice.getByRole("button", { name: "Activate MFA" }).click();
      await alice.getByRole("dialog", { name: "Manage MFA device" }).getByRole("radio", { name: /Virtual MFA device/ }).check();
      const startSetup = await captureServerAction(alice, () =>
        alice.getByRole("dialog", { name: "Manage MFA device" }).getByRole("button", { name: "Continue" }).click(),
      );
      await expect(alice.getByRole("dialog", { name: "Set up virtual MFA device" })).toBeVisible();
      const forged = JSON.stringify([{ userName: "Bob" }]);
      const setupForBob = await sendServerAction(alice, { ...startSetup, body: forged });
      expect(setupForBob.text).toContain("iamErrors.AccessDenied");
      expect(setupForBob.text).not.toMatch(/otpauth|"seed"/);
      const deleteBob = await sendServerAction(alice, { ...deleteUser, body: deleteUser.body.replace("Temp1", "Bob") });
      expect(deleteBob.text).toContain("iamErrors.AccessDenied");

      await openUser(page, "Bob");
      await expect(credential(page, "Assigned MFA device")).toContainText("Not assigned");
      await page.goto("/iam/mfa-devices");
      await expect(page.getByText(`arn:aws:iam::${account.accountId}:mfa/Bob`)).toHaveCount(0);

      // An administrator IAM user, unlike Alice, manages Bob.
      const admin = await (await browser.newContext()).newPage();
      await signInWithoutUi(admin, userOf(account, "Admin"));
      await openUser(admin, "Bob");
      await expect(admin.getByRole("button", { name: "Manage MFA device for Bob" })).toBeVisible();
      await expect(admin.getByRole("button", { name: "Delete user" })).toBeVisible();

      // The refused request is on record, with its caller and AWS's error code.
      const deletions = await lookUpEvents(page, { eventName: "DeleteUser" });
      await expect(deletions.getByRole("row", { name: /DeleteUser/ })).toHaveCount(3);
      await expect(deletions.getByRole("row", { name: /DeleteUser/ }).first()).toContainText("Alice");
      await expect(deletions.getByRole("row", { name: /DeleteUser/ }).first()).toContainText("AccessDenied");
    });
  });

  test("Delete user is refused while the user has an MFA device, with AWS's DeleteConflict message, and works without one", async ({
    rootPage: page,
    account,
    browser,
  }) => {
    await createUserInConsole(page, { userName: "Carol", password: PASSWORD });
    const seed = await assignUserMfa(page, "Carol", account.accountId);
    await page.getByRole("button", { name: "Delete user" }).click();
    const confirm = page.getByRole("dialog", { name: "Delete Carol?" });
    await confirm.getByRole("button", { name: "Delete" }).click();
    await expect(confirm.getByRole("alert")).toHaveText("Cannot delete entity, must delete MFA device first.");
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await page.goto("/iam/users");
    await expect(page.getByRole("table", { name: "Users" }).getByRole("link", { name: "Carol" })).toBeVisible();

    await openUser(page, "Carol");
    await page.getByRole("button", { name: "Manage MFA device for Carol" }).click();
    const manage = page.getByRole("dialog", { name: "Manage MFA device" });
    await manage.getByRole("radio", { name: /Resync/ }).check();
    await manage.getByRole("button", { name: "Continue" }).click();
    const resync = page.getByRole("dialog", { name: "Resync MFA device" });
    await resync.getByLabel("MFA code 1").fill(totpCode(seed, 1));
    await resync.getByLabel("MFA code 2").fill(totpCode(seed, 2));
    await resync.getByRole("button", { name: "Resync" }).click();
    await expect(resync.getByText("The MFA device was resynchronized.")).toBeVisible();
    await resync.getByRole("button", { name: "Close", exact: true }).last().click();

    await page.getByRole("button", { name: "Manage MFA device for Carol" }).click();
    await manage.getByRole("radio", { name: /Remove/ }).check();
    await manage.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("dialog", { name: "Remove MFA device" }).getByRole("button", { name: "Remove" }).click();
    await expect(credential(page, "Assigned MFA device")).toContainText("Not assigned");

    // Signed in elsewhere while being deleted: the session ends with the user.
    const carol = await (await browser.newContext()).newPage();
    await signInAsIamUser(carol, account.accountId, "Carol", PASSWORD);
    await expect(carol.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();

    await page.getByRole("button", { name: "Delete user" }).click();
    await page.getByRole("dialog", { name: "Delete Carol?" }).getByRole("button", { name: "Delete" }).click();
    await expect(page).toHaveURL(/\/iam\/users\?deleted=Carol$/);
    await expect(page.getByRole("status").filter({ hasText: "User Carol was deleted." })).toBeVisible();
    await expect(page.getByRole("table", { name: "Users" }).getByRole("link", { name: "Carol" })).toHaveCount(0);

    await carol.reload();
    await expect(carol).toHaveURL(/\/signin/);
    await signInAsIamUser(carol, account.accountId, "Carol", PASSWORD);
    await expect(carol.getByRole("alert").filter({ hasText: INCORRECT })).toBeVisible();

    await createUserInConsole(page, { userName: "Dave" });
    await expect(credential(page, "Console password")).toHaveText("Disabled");
    await page.getByRole("button", { name: "Delete user" }).click();
    await page.getByRole("dialog", { name: "Delete Dave?" }).getByRole("button", { name: "Delete" }).click();
    await expect(page.getByRole("status").filter({ hasText: "User Dave was deleted." })).toBeVisible();

    const history = await lookUpEvents(page, { userName: "root" });
    const names = await history.getByRole("rowheader").allTextContents();
    // The console's Delete user detaches the user's self-management policy in the same call.
    expect(names.slice(0, 2).sort()).toEqual(["DeleteUser", "DetachUserPolicy"]);
    expect(names[2]).toBe("CreateUser");
    expect(names).toEqual(expect.arrayContaining(["DeleteLoginProfile", "DeactivateMFADevice", "DeleteVirtualMFADevice", "EnableMFADevice"]));
    const deletions = await lookUpEvents(page, { eventName: "DeleteUser" });
    await expect(deletions.getByRole("row", { name: /DeleteUser/ })).toHaveCount(3);
    await expect(deletions.getByRole("row", { name: /DeleteConflict/ })).toHaveCount(1);
    const latest = await newestEventRecord(page, { eventName: "DeleteUser", userName: "root" });
    expect(latest.requestParameters).toEqual({ userName: "Dave" });
    expect(latest).not.toHaveProperty("errorCode");
  });

  test("bad input on Create user gets a message on its field and creates nothing", async ({ rootPage: page }) => {
    await createUserInConsole(page, { userName: "Erin", password: PASSWORD });
    await page.goto("/iam/users/create");
    const create = page.getByRole("button", { name: "Create user" });
    const userNameError = errorOf(page.getByLabel("User name"));

    await create.click();
    await expect(userNameError).toHaveText("This field is required.");
    await expect(page.getByText("This field is required.")).toHaveCount(2);

    for (const [name, message] of [
      ["bob smith", "Use only letters, digits and the characters + = , . @ _ - (up to 64)."],
      ["<script>alert(1)</script>", "Use only letters, digits and the characters + = , . @ _ - (up to 64)."],
      ["tab\there", "Control characters are not allowed."],
      ["b".repeat(65), "This value is too long."],
      ["한".repeat(400), "This value is too long."],
      ["ERIN", "User with name ERIN already exists."],
    ]) {
      await fillCreateUserForm(page, { userName: name, password: PASSWORD });
      await create.click();
      await expect(userNameError, name).toHaveText(message);
    }

    await fillCreateUserForm(page, { userName: "Frank", password: "short", path: "students" });
    await create.click();
    await expect(errorOf(page.getByLabel("Path"))).toHaveText('A path is "/" or starts and ends with "/", with printable characters between (up to 512).');
    // The password policy is the account's, checked by the domain once the form itself is right.
    await fillCreateUserForm(page, { userName: "Frank", password: "short", path: "/students/" });
    await create.click();
    await expect(errorOf(page.getByLabel("Console password"))).toHaveText(/^The new password does not meet the account's password policy: At least 8 characters/);
    await fillCreateUserForm(page, { userName: "Frank", password: PASSWORD, path: "/<b>/" });
    await create.click();
    await expect(errorOf(page.getByLabel("Path"))).toHaveText("The characters < and > are not allowed.");
    await expect(page.getByLabel("User name")).toHaveValue("Frank");

    await page.goto("/iam/users");
    await expect(page.getByRole("table", { name: "Users" }).getByRole("rowheader")).toHaveText([/Erin/]);
    const creations = await lookUpEvents(page, { eventName: "CreateUser" });
    await expect(creations.getByRole("rowheader")).toHaveCount(1);
  });
});

test("the users pages in Korean use the console's Korean labels, and names with + , . @ = work in their address", async ({ page, account }) => {
  await page.goto("/signin");
  await page.getByLabel("Language").selectOption("ko");
  await page.getByRole("radio", { name: /루트 사용자/ }).check();
  await page.getByLabel("루트 사용자 이메일 주소").fill(account.email);
  await page.getByRole("button", { name: "다음" }).click();
  await page.getByLabel("암호").fill(account.password);
  await page.getByRole("button", { name: "로그인", exact: true }).click();
  await expect(page.getByRole("heading", { name: "IAM 대시보드" })).toBeVisible();

  const userName = "kim.lee+lab=1,a@class";
  await page.getByRole("navigation", { name: /IAM/ }).getByRole("link", { name: "사용자", exact: true }).click();
  await expect(page.getByRole("heading", { name: "사용자", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "사용자 생성" }).click();
  await page.getByLabel("사용자 이름").fill(userName);
  await page.getByRole("checkbox", { name: /AWS Management Console 액세스/ }).uncheck();
  await page.getByRole("button", { name: "사용자 생성" }).click();
  await expect(page.getByRole("heading", { name: userName, level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/iam\/users\/details\/kim\.lee%2Blab%3D1%2Ca%40class/);
  await expect(page.getByRole("tab", { name: "보안 자격 증명" })).toBeVisible();
  const credentials = page.getByRole("region", { name: "로그인 자격 증명" });
  await expect(credentials.getByText("할당된 MFA 디바이스")).toBeVisible();
  await expect(credentials.getByText("할당되지 않음")).toBeVisible();
  await expect(credentials.getByRole("button", { name: `${userName}의 MFA 디바이스 관리` })).toHaveText("관리");
  await page.reload();
  await expect(page.getByRole("heading", { name: userName, level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "사용자 삭제" }).click();
  await page.getByRole("dialog", { name: `${userName}을(를) 삭제하시겠습니까?` }).getByRole("button", { name: "삭제" }).click();
  await expect(page.getByRole("status").filter({ hasText: `사용자 ${userName}을(를) 삭제했습니다.` })).toBeVisible();
  await expect(page.getByRole("table", { name: "사용자" }).getByText("이 계정에 사용자가 없습니다.")).toBeVisible();
});
