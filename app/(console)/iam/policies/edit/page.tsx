import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/access-denied";
import { PageHeader } from "@/components/page-header";
import { prettyDocument } from "@/components/policies/policy-summary";
import { requireIdentity } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { isIamError } from "@/lib/iam/errors";
import { getPolicy, getPolicyVersion } from "@/lib/iam/managed-policies";
import { policyArnSchema } from "@/lib/iam/policy-role-schemas";
import { format } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { EditPolicyForm } from "./edit-policy-form";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Edit policy (customer managed only): the default version's document in the editor. */
export default async function EditPolicyPage({ searchParams }: { searchParams: SearchParams }) {
  const { principal } = await requireIdentity();
  const arn = policyArnSchema.safeParse((await searchParams).arn);
  if (!arn.success) notFound();
  const messages = await getMessages();
  const db = getDb();
  try {
    const policy = await getPolicy(db, { actor: principal, policyArn: arn.data });
    if (policy.scope === "AWS") notFound();
    const version = await getPolicyVersion(db, { actor: principal, policyArn: policy.arn, versionId: policy.defaultVersionId });
    return (
      <>
        <PageHeader title={format(messages.policyForm.editHeading, { name: policy.policyName })} />
        <p className="mb-4 max-w-4xl">{messages.policyForm.editIntro}</p>
        <EditPolicyForm policyArn={policy.arn} document={prettyDocument(version.document)} />
      </>
    );
  } catch (error) {
    if (isIamError(error) && error.code === "AccessDenied") return <AccessDenied messages={messages} denial={error.message} />;
    if (isIamError(error) && (error.code === "NoSuchEntity" || error.code === "InvalidInput")) notFound();
    throw error;
  }
}
