import Link from "next/link";
import { AccessDenied } from "@/components/access-denied";
import { mfaColumnLabel } from "@/components/mfa-device-type";
import { Alert } from "@/components/alert";
import { PageHeader } from "@/components/page-header";
import { Table } from "@/components/table";
import { requireIdentity } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { daysBetween, formatDateTime } from "@/lib/format-date";
import { denialOf } from "@/lib/iam/authorize";
import { usersResource } from "@/lib/iam/iam-actions";
import { listUsers } from "@/lib/iam/list-users";
import { userNameSchema } from "@/lib/iam/validation";
import { format } from "@/lib/i18n/messages";
import { getLocale, getMessages, getTimeZone } from "@/lib/i18n/server";
import { userPath } from "./user-path";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const { principal, now } = await requireIdentity();
  const messages = await getMessages();
  const denial = await denialOf(getDb(), principal, "iam:ListUsers", usersResource(principal.accountId));
  if (denial) return <AccessDenied messages={messages} denial={denial} />;
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  const m = messages.users;
  const users = await listUsers(getDb(), { actor: principal });
  const deleted = userNameSchema.safeParse((await searchParams).deleted);
  const passwordAge = (setAt: Date | null) => {
    if (!setAt) return messages.common.none;
    const days = daysBetween(setAt, now);
    return days === 0 ? m.today : format(m.days, { count: days }, locale);
  };

  return (
    <>
      <PageHeader title={m.heading}>
        <Link href="/iam/users/create" className="btn-primary" data-tutorial="create-user">
          {m.createUser}
        </Link>
      </PageHeader>
      {deleted.success && <Alert tone="success">{format(messages.userDetail.deleted, { name: deleted.data })}</Alert>}
      <Table
        caption={m.heading}
        rows={users}
        rowKey={(user) => user.userId}
        empty={m.empty}
        columns={[
          {
            header: m.userName,
            rowHeader: true,
            cell: (user) => (
              <>
                <Link href={userPath(user.userName)}>{user.userName}</Link>
                {user.administrator && <span className="ml-2 rounded-sm bg-page px-1 text-xs text-muted">{m.administrator}</span>}
              </>
            ),
          },
          { header: m.mfa, cell: (user) => mfaColumnLabel(user.mfaDeviceKinds, principal.consoleVersion, messages) },
          { header: m.passwordAge, cell: (user) => passwordAge(user.passwordSetAt) },
          { header: m.created, cell: (user) => formatDateTime(user.createdAt, locale, timeZone) },
        ]}
      />
    </>
  );
}
