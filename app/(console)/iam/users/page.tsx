import Link from "next/link";
import { AccessDenied } from "@/components/access-denied";
import { mfaColumnLabel } from "@/components/mfa-device-type";
import { Alert } from "@/components/alert";
import { PageHeader } from "@/components/page-header";
import { requireIdentity } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { daysBetween, formatDateTime } from "@/lib/format-date";
import { isAccountAdministrator } from "@/lib/iam/authorization";
import { listUsers } from "@/lib/iam/list-users";
import { userNameSchema } from "@/lib/iam/validation";
import { format } from "@/lib/i18n/messages";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { userPath } from "./user-path";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const { principal } = await requireIdentity();
  const messages = await getMessages();
  if (!isAccountAdministrator(principal)) return <AccessDenied messages={messages} />;
  const locale = await getLocale();
  const m = messages.users;
  const users = await listUsers(getDb(), { actor: principal });
  const deleted = userNameSchema.safeParse((await searchParams).deleted);
  const now = new Date();
  const passwordAge = (setAt: Date | null) => {
    if (!setAt) return messages.common.none;
    const days = daysBetween(setAt, now);
    return days === 0 ? m.today : format(m.days, { count: days });
  };

  return (
    <>
      <PageHeader title={m.heading}>
        <Link href="/iam/users/create" className="btn-primary">
          {m.createUser}
        </Link>
      </PageHeader>
      {deleted.success && <Alert tone="success">{format(messages.userDetail.deleted, { name: deleted.data })}</Alert>}
      <div className="panel overflow-x-auto">
        <table className="w-full text-left">
          <caption className="sr-only">{m.heading}</caption>
          <thead className="border-b border-line bg-[#fafafa]">
            <tr>
              <th scope="col" className="px-4 py-2">{m.userName}</th>
              <th scope="col" className="px-4 py-2">{m.mfa}</th>
              <th scope="col" className="px-4 py-2">{m.passwordAge}</th>
              <th scope="col" className="px-4 py-2">{m.created}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {users.length === 0 && (
              <tr>
                <td colSpan={4} className="px-4 py-6 text-center text-muted">{m.empty}</td>
              </tr>
            )}
            {users.map((user) => (
              <tr key={user.userId}>
                <th scope="row" className="px-4 py-2 font-normal">
                  <Link href={userPath(user.userName)}>{user.userName}</Link>
                  {user.isAdmin && <span className="ml-2 rounded-sm bg-page px-1 text-xs text-muted">{m.administrator}</span>}
                </th>
                <td className="px-4 py-2">{mfaColumnLabel(user.mfaDeviceKinds, principal.consoleVersion, messages)}</td>
                <td className="px-4 py-2">{passwordAge(user.passwordSetAt)}</td>
                <td className="px-4 py-2">{formatDateTime(user.createdAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
