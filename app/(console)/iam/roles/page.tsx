import Link from "next/link";
import { AccessDenied } from "@/components/access-denied";
import { Alert } from "@/components/alert";
import { PageHeader } from "@/components/page-header";
import { trustedEntitiesOfDocument, trustedEntityLabel } from "@/components/roles/trusted-entity-label";
import { requireIdentity } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format-date";
import { denialOf } from "@/lib/iam/authorize";
import { getRole } from "@/lib/iam/get-role";
import { arnResource } from "@/lib/iam/iam-actions";
import { listRoles } from "@/lib/iam/list-roles";
import { roleNameSchema } from "@/lib/iam/policy-role-schemas";
import { format } from "@/lib/i18n/messages";
import { getLocale, getMessages, getTimeZone } from "@/lib/i18n/server";
import { RolesTable } from "./roles-table";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The 2021 console's Roles list: name, trusted entities, last activity; Create role and Delete role. */
export default async function RolesPage({ searchParams }: { searchParams: SearchParams }) {
  const { principal } = await requireIdentity();
  const messages = await getMessages();
  const db = getDb();
  const denial = await denialOf(db, principal, "iam:ListRoles", arnResource(`arn:aws:iam::${principal.accountId}:role/`));
  if (denial) return <AccessDenied messages={messages} denial={denial} />;
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  const m = messages.roles;
  const roles = await listRoles(db, { actor: principal });
  // ListRoles leaves last use out, as AWS's does; the console asks GetRole for each row, and shows
  // nothing where the caller may not.
  const lastUsed = await Promise.all(roles.map((role) => getRole(db, { actor: principal, roleName: role.roleName }).then((detail) => detail.lastUsed, () => null)));
  const deleted = roleNameSchema.safeParse((await searchParams).deleted);

  return (
    <>
      <PageHeader title={m.heading}>
        <Link href="/iam/roles/create" className="btn-primary">
          {m.createRole}
        </Link>
      </PageHeader>
      <p className="mb-4 max-w-4xl">{m.intro}</p>
      {deleted.success && <Alert tone="success">{format(m.deleted, { name: deleted.data })}</Alert>}
      <RolesTable
        roles={roles.map((role, index) => ({
          roleName: role.roleName,
          trustedEntities: trustedEntitiesOfDocument(role.assumeRolePolicyDocument).map((entity) => trustedEntityLabel(entity, messages)),
          lastActivity: lastUsed[index] ? formatDateTime(lastUsed[index].at, locale, timeZone) : m.never,
        }))}
      />
    </>
  );
}
