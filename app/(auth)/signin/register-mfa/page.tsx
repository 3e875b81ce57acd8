import { ClientMessages } from "@/components/i18n/client-messages";
import { redirect } from "next/navigation";
import { HOME_PATH } from "@/lib/auth/callback-url";
import { getIdentity } from "@/lib/auth/session";
import { env } from "@/lib/config/env";
import { iamSettings } from "@/lib/config/iam-settings";
import { formatDateTime } from "@/lib/format-date";
import { mfaDevicesPerUserQuota } from "@/lib/iam/quotas";
import { format } from "@/lib/i18n/messages";
import { getLocale, getMessages, getTimeZone } from "@/lib/i18n/server";
import { MFA_ACTIONS } from "@/app/(console)/iam/security-credentials/mfa-actions";
import { postponeMfaEnrollmentAction } from "./actions";
import { RegisterMfa } from "./register-mfa";

/** The current console's prompt, at sign-in, to a root user without MFA (AWS's rule since May 2024). */
export default async function RegisterMfaPage() {
  const identity = await getIdentity();
  if (!identity) redirect("/signin");
  const enrollment = identity.rootMfaEnrollment;
  if (!enrollment) redirect(HOME_PATH);
  const [messages, locale, timeZone] = await Promise.all([getMessages(), getLocale(), getTimeZone()]);
  const m = messages.mfaEnrollment;
  return (
    <ClientMessages namespaces={["assignMfa", "authenticator", "mfaEnrollment", "mfaPanel", "mfaWizard", "practiceTokens"]}>
      <div className="w-full max-w-xl">
        <h1 className="mb-3 text-2xl">{m.heading}</h1>
        <p className="mb-4">{m.body}</p>
        <p className="mb-4 font-bold" role={enrollment.required ? "alert" : undefined}>
          {enrollment.required ? m.required : format(m.daysLeft, { date: formatDateTime(enrollment.deadline, locale, timeZone), days: enrollment.daysLeft }, locale)}
        </p>
        <RegisterMfa actions={MFA_ACTIONS} limit={mfaDevicesPerUserQuota(iamSettings(), identity.principal)} practiceAuthenticator={env().PRACTICE_AUTHENTICATOR} />
        {!enrollment.required && (
          <form action={postponeMfaEnrollmentAction} className="mt-3">
            <button type="submit" className="btn-normal" data-testid="skip-mfa-enrollment">
              {m.skip}
            </button>
          </form>
        )}
      </div>
    </ClientMessages>
  );
}
