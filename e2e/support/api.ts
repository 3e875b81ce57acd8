import { IAMClient } from "@aws-sdk/client-iam";
import { STSClient } from "@aws-sdk/client-sts";
import { expect, type Page } from "@playwright/test";

export type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

/** Security credentials > Access keys > Create New Access Key, as the signed-in principal; returns the key pair. */
export async function createAccessKeyInConsole(page: Page): Promise<Credentials> {
  await page.goto("/iam/security-credentials");
  const section = page.getByRole("button", { name: "Access keys (access key ID and secret access key)" });
  if (await section.isVisible()) await section.click();
  await page.getByRole("button", { name: "Create New Access Key" }).click();
  const dialog = page.getByRole("dialog", { name: "Create access key" });
  const accessKeyId = (await dialog.getByLabel("Access key ID").textContent())!.trim();
  const secretAccessKey = (await dialog.getByLabel("Secret access key").textContent())!.trim();
  expect(accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
  expect(secretAccessKey).toHaveLength(40);
  await dialog.getByRole("button", { name: "Close", exact: true }).last().click();
  return { accessKeyId, secretAccessKey };
}

/** The AWS SDK for JavaScript pointed at the lab, as a learner would configure it. */
export function iamClient(baseURL: string, credentials: Credentials, options: { systemClockOffset?: number; maxAttempts?: number } = {}) {
  return new IAMClient({ endpoint: `${baseURL}/api/iam`, region: "us-east-1", credentials, ...options });
}

export function stsClient(baseURL: string, credentials: Credentials) {
  return new STSClient({ endpoint: `${baseURL}/api/sts`, region: "us-east-1", credentials });
}
