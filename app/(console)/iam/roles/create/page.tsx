import { AccessDenied } from "@/components/access-denied";
import { PageHeader } from "@/components/page-header";
import { requireIdentity } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { denialOf } from "@/lib/iam/authorize";
import { arnResource } from "@/lib/iam/iam-actions";
import { getMessages } from "@/lib/i18n/server";
import { CreateRoleForm } from "./create-role-form";

export default async function CreateRolePage() {
  const { principal } = await requireIdentity();
  const messages = await getMessages();
  const denial = await denialOf(getDb(), principal, "iam:CreateRole", arnResource(`arn:aws:iam::${principal.accountId}:role/*`));
  if (denial) return <AccessDenied messages={messages} denial={denial} />;
  return (
    <>
      <PageHeader title={messages.createRole.heading} />
      <CreateRoleForm accountId={principal.accountId} />
    </>
  );
}
