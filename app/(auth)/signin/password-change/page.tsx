import { ClientMessages } from "@/components/i18n/client-messages";
import { redirect } from "next/navigation";
import { passwordPolicyRules } from "@/components/password-policy-rules";
import { getChallengePrincipal } from "@/lib/auth/challenge-principal";
import { getDb } from "@/lib/db/client";
import { findPasswordPolicy, passwordChangeDue } from "@/lib/iam/password-policy";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { PasswordChangeForm } from "./password-change-form";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The sign-in step of an IAM user who must choose a new password (PasswordResetRequired, or an expired one). */
export default async function PasswordChangePage({ searchParams }: { searchParams: SearchParams }) {
  const challenge = await getChallengePrincipal("password");
  if (!challenge) redirect("/signin?expired=1");
  const { principal } = challenge;
  const db = getDb();
  const [messages, locale, due, policy] = await Promise.all([getMessages(), getLocale(), passwordChangeDue(db, principal, new Date()), findPasswordPolicy(db, principal.accountId)]);
  const callbackUrl = (await searchParams).callbackUrl;
  return (
    <ClientMessages namespaces={["passwordChange", "passwordPolicy"]}>
      <PasswordChangeForm
        expired={due === "expired"}
        signingInAs={`${principal.userName} @ ${principal.accountAlias ?? principal.accountId}`}
        rules={passwordPolicyRules(messages.passwordPolicy, policy, locale)}
        callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined}
      />
    </ClientMessages>
  );
}
