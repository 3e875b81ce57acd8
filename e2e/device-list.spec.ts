import { assignUserMfa, createUserInConsole, lookUpEvents } from "./support/console";
import { expect, test } from "./support/fixtures";

test.describe("the account's MFA devices", () => {
  test("lists assigned and unassigned devices, filters by assignment, and deletes a cancelled wizard's leftover", async ({ rootPage: page, account }) => {
    await createUserInConsole(page, { userName: "Carol" });
    await assignUserMfa(page, "Carol", account.accountId);
    await createUserInConsole(page, { userName: "Bob" });
    // The wizard makes the device when its set-up dialog opens; cancelling leaves it unassigned.
    await page.getByRole("button", { name: "Manage MFA device for Bob" }).click();
    await page.getByRole("dialog", { name: "Manage MFA device" }).getByRole("button", { name: "Continue" }).click();
    await page.getByRole("dialog", { name: "Set up virtual MFA device" }).getByRole("button", { name: "Cancel" }).click();

    const bobSerial = `arn:aws:iam::${account.accountId}:mfa/Bob`;
    const carolSerial = `arn:aws:iam::${account.accountId}:mfa/Carol`;
    await page.getByRole("navigation", { name: /IAM/ }).getByRole("link", { name: "MFA devices" }).click();
    const devices = page.getByRole("table", { name: "MFA devices" });
    await expect(devices.getByRole("rowheader")).toHaveText([bobSerial, carolSerial]);
    await expect(devices.getByRole("row", { name: new RegExp(bobSerial) })).toContainText("Unassigned");
    const carolRow = devices.getByRole("row", { name: new RegExp(carolSerial) });
    await expect(carolRow).toContainText("Assigned");
    await expect(carolRow.getByRole("button")).toHaveCount(0);

    await page.getByLabel("Assignment status").selectOption("Assigned");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(devices.getByRole("rowheader")).toHaveText([carolSerial]);
    await devices.getByRole("link", { name: "Carol" }).click();
    await expect(page.getByRole("heading", { name: "Carol", level: 1 })).toBeVisible();

    await page.goto("/iam/mfa-devices?status=Unassigned");
    await expect(devices.getByRole("rowheader")).toHaveText([bobSerial]);
    await devices.getByRole("button", { name: `Delete ${bobSerial}` }).click();
    await page.getByRole("dialog", { name: "Delete MFA device" }).getByRole("button", { name: "Delete" }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(devices.getByText("No virtual MFA devices.")).toBeVisible();

    await page.goto("/iam/home");
    const resources = page.getByRole("region", { name: "IAM resources" });
    await expect(resources.getByText("MFA devices", { exact: true }).locator("xpath=following-sibling::dd[1]")).toHaveText("1");
    const deletions = await lookUpEvents(page, { eventName: "DeleteVirtualMFADevice" });
    await expect(deletions.getByRole("rowheader")).toHaveText(["DeleteVirtualMFADevice"]);
  });
});
