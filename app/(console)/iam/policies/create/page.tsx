import { AccessDenied } from "@/components/access-denied";
import { PageHeader } from "@/components/page-header";
import { requireIdentity } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { denialOf } from "@/lib/iam/authorize";
import { policiesResource } from "@/lib/iam/iam-actions";
import { getMessages } from "@/lib/i18n/server";
import { CreatePolicyForm } from "./create-policy-form";

export default async function CreatePolicyPage() {
  const { principal } = await requireIdentity();
  const messages = await getMessages();
  const denial = await denialOf(getDb(), principal, "iam:CreatePolicy", policiesResource(principal.accountId));
  if (denial) return <AccessDenied messages={messages} denial={denial} />;
  return (
    <>
      <PageHeader title={messages.policyForm.createHeading} />
      <p className="mb-4 max-w-4xl">{messages.policyForm.createIntro}</p>
      <CreatePolicyForm />
    </>
  );
}
