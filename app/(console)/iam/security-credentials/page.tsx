import { PageHeader } from "@/components/page-header";
import { requireIdentity } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/server";

export default async function SecurityCredentialsPage() {
  const { principal } = await requireIdentity();
  const messages = await getMessages();
  const m = messages.securityCredentials;
  return <PageHeader title={principal.isRoot ? m.rootHeading : m.userHeading} />;
}
