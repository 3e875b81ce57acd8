import { Alert } from "@/components/alert";
import { env } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format-date";
import { getAccount } from "@/lib/iam/get-account";
import type { Principal } from "@/lib/iam/principal";
import { sandboxExpiresAt } from "@/lib/iam/purge-expired-sandboxes";
import { format } from "@/lib/i18n/messages";
import { getLocale, getMessages, getTimeZone } from "@/lib/i18n/server";

/** For the root user: when SANDBOX_EXPIRY_HOURS deletes this sandbox. Nothing when it never will. */
export async function SandboxExpiryNotice({ principal }: { principal: Principal }) {
  if (!principal.isRoot) return null;
  const expiresAt = sandboxExpiresAt(await getAccount(getDb(), principal.accountId), env().SANDBOX_EXPIRY_HOURS);
  if (!expiresAt) return null;
  const [messages, locale, timeZone] = await Promise.all([getMessages(), getLocale(), getTimeZone()]);
  return <Alert tone="info">{format(messages.adminDashboard.sandboxExpires, { date: formatDateTime(expiresAt, locale, timeZone) })}</Alert>;
}
