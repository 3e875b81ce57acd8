import { test as base } from "@playwright/test";
import { type SandboxAccount, signUpSandbox } from "./accounts";

export { expect } from "@playwright/test";

/** `account`: a fresh sandbox account of its own for each test, so tests never share state. */
export const test = base.extend<{ account: SandboxAccount }>({
  account: async ({ browser }, use) => {
    const page = await browser.newPage();
    const account = await signUpSandbox(page);
    await page.close();
    await use(account);
  },
});
