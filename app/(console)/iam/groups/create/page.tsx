import { AccessDenied } from "@/components/access-denied";
import { PageHeader } from "@/components/page-header";
import { requireIdentity } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getMessages } from "@/lib/i18n/server";
import { denialOf, isAllowed } from "@/lib/iam/authorize";
import { groupArn } from "@/lib/iam/arn";
import { arnResource, usersResource } from "@/lib/iam/iam-actions";
import { listUsers } from "@/lib/iam/list-users";
import { CreateGroupForm } from "./create-group-form";

/** Create user group: a name, users to add, policies to attach (CreateGroup, AddUserToGroup, AttachGroupPolicy). */
export default async function CreateGroupPage() {
  const { principal } = await requireIdentity();
  const messages = await getMessages();
  const db = getDb();
  const denial = await denialOf(db, principal, "iam:CreateGroup", arnResource(groupArn(principal.accountId, "/", "*")));
  if (denial) return <AccessDenied messages={messages} denial={denial} />;
  // The users to offer: those the caller may list; none otherwise.
  const users = (await isAllowed(db, principal, "iam:ListUsers", usersResource(principal.accountId))) ? await listUsers(db, { actor: principal }) : [];
  return (
    <>
      <PageHeader title={messages.groups.createHeading} />
      <CreateGroupForm userNames={users.map((user) => user.userName)} />
    </>
  );
}
