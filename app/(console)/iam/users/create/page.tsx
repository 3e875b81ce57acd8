import { ClientMessages } from "@/components/i18n/client-messages";
import { AccessDenied } from "@/components/access-denied";
import { PageHeader } from "@/components/page-header";
import { passwordPolicyRules } from "@/components/password-policy-rules";
import { requireIdentity } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { findPasswordPolicy } from "@/lib/iam/password-policy";
import { denialOf } from "@/lib/iam/authorize";
import { arnResource } from "@/lib/iam/iam-actions";
import { userArn } from "@/lib/iam/arn";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { CreateUserForm } from "./create-user-form";

export default async function CreateUserPage() {
  const { principal } = await requireIdentity();
  const [messages, locale] = await Promise.all([getMessages(), getLocale()]);
  const denial = await denialOf(getDb(), principal, "iam:CreateUser", arnResource(userArn(principal.accountId, "/", "*")));
  if (denial) return <AccessDenied messages={messages} denial={denial} />;
  return (
    <ClientMessages namespaces={["createUser", "passwordPolicy", "permissions"]}>
      <PageHeader title={messages.createUser.heading} />
      <p className="mb-4 max-w-3xl">{messages.createUser.intro}</p>
      <CreateUserForm rules={passwordPolicyRules(messages.passwordPolicy, await findPasswordPolicy(getDb(), principal.accountId), locale)} />
    </ClientMessages>
  );
}
