import fs from "node:fs";
import { signInAsRoot } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import { submitMfaCode, signOut } from "./support/mfa";

test.describe("the practice authenticator", () => {
  test("a learner without a phone finishes the tutorial with it, adding the device from the QR image and by its secret key", async ({ rootPage: page, account, context }, testInfo) => {
    await page.goto("/iam/security-credentials");
    await page.getByRole("button", { name: "Multi-factor authentication (MFA)" }).click();
    await page.getByRole("button", { name: "Activate MFA" }).click();
    await page.getByRole("dialog", { name: "Manage MFA device" }).getByRole("button", { name: "Continue" }).click();
    const setup = page.getByRole("dialog", { name: "Set up virtual MFA device" });
    await setup.getByRole("button", { name: "Show QR code" }).click();
    const src = (await setup.getByRole("img", { name: "QR code for the virtual MFA device" }).getAttribute("src"))!;
    const qrFile = testInfo.outputPath("qr.png");
    fs.writeFileSync(qrFile, Buffer.from(src.replace(/^data:image\/png;base64,/, ""), "base64"));

    const [app] = await Promise.all([context.waitForEvent("page"), setup.getByRole("link", { name: "No phone? Open the practice authenticator" }).click()]);
    await app.getByRole("radio", { name: "QR code image" }).check();
    await app.getByLabel("QR code image file").setInputFiles(qrFile);
    await app.getByRole("button", { name: "Add account" }).click();
    const code = app.getByLabel(`Code for Amazon Web Services: root-account-mfa-device@${account.accountId}`);
    await expect(code).toHaveText(/^\d{3} \d{3}$/);

    // The same device typed in by its secret key, as the dialog's other way offers: the same codes.
    await setup.getByRole("button", { name: "Show secret key" }).click();
    const secretKey = (await setup.getByLabel("Secret key").textContent())!;
    await app.getByRole("radio", { name: "Secret key" }).check();
    await app.getByLabel("Account name").fill("root, typed in");
    await app.getByRole("textbox", { name: "Secret key" }).fill(secretKey);
    await app.getByRole("button", { name: "Add account" }).click();
    const typedCode = app.getByLabel("Code for root, typed in");
    await expect(typedCode).toHaveText((await code.textContent())!);

    // Like a learner: type the code shown, wait for the next one, type that.
    const first = (await typedCode.textContent())!.replace(" ", "");
    await expect(code).not.toHaveText(`${first.slice(0, 3)} ${first.slice(3)}`, { timeout: 35_000 });
    const second = (await code.textContent())!.replace(" ", "");
    await setup.getByLabel("MFA code 1").fill(first);
    await setup.getByLabel("MFA code 2").fill(second);
    await setup.getByRole("button", { name: "Assign MFA" }).click();
    await expect(page.getByText("You have successfully assigned virtual MFA")).toBeVisible();
    await page.getByRole("dialog").getByRole("button", { name: "Close", exact: true }).last().click();

    await signOut(page);
    await signInAsRoot(page, account.email, account.password);
    await expect(code).not.toHaveText(`${second.slice(0, 3)} ${second.slice(3)}`, { timeout: 35_000 });
    await submitMfaCode(page, (await code.textContent())!.replace(" ", ""));
    await expect(page.getByRole("heading", { name: "IAM dashboard" })).toBeVisible();
  });

  test("adds by secret key and by URI, keeps accounts across reloads, refuses bad input, removes", async ({ page }) => {
    await page.goto("/authenticator");
    await expect(page.getByRole("heading", { name: "Practice authenticator" })).toBeVisible();
    await page.getByLabel("Account name").fill("lab");
    await page.getByRole("textbox", { name: "Secret key" }).fill("not a key");
    await page.getByRole("button", { name: "Add account" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "This is not a secret key" })).toBeVisible();
    await page.getByRole("textbox", { name: "Secret key" }).fill("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
    await page.getByRole("button", { name: "Add account" }).click();
    await expect(page.getByLabel("Code for lab")).toHaveText(/^\d{3} \d{3}$/);

    await page.getByRole("radio", { name: "otpauth URI" }).check();
    await page.getByRole("textbox", { name: "otpauth URI" }).fill("otpauth://totp/Amazon%20Web%20Services:learner%40my-lab?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Amazon%20Web%20Services");
    await page.getByRole("button", { name: "Add account" }).click();
    await expect(page.getByLabel("Code for Amazon Web Services: learner@my-lab")).toHaveText(/^\d{3} \d{3}$/);

    await page.reload();
    await expect(page.getByRole("listitem")).toHaveCount(2);
    await page.getByRole("button", { name: "Remove lab" }).click();
    await expect(page.getByRole("listitem")).toHaveCount(1);
  });
});
