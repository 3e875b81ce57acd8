import { PageHeader } from "@/components/page-header";
import { Alert } from "@/components/alert";
import { requireIdentity } from "@/lib/auth/session";
import { switchRoleSchema } from "@/lib/auth/switch-role-form";
import { getMessages } from "@/lib/i18n/server";
import { SwitchRoleForm } from "./switch-role-form";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.slice(0, 600) : "");

/**
 * AWS's Switch Role page. Its query prefills the form as AWS's link does
 * (`/switchrole?roleName=<name>&account=<id or alias>&displayName=…&color=…`); a colour that is not
 * one of AWS's five is left unchosen. The root user cannot switch roles, as at AWS.
 */
export default async function SwitchRolePage({ searchParams }: { searchParams: SearchParams }) {
  const [{ principal, switchedRole }, messages, query] = await Promise.all([requireIdentity(), getMessages(), searchParams]);
  const m = messages.switchRole;
  const color = switchRoleSchema.shape.color.safeParse(one(query.color));
  return (
    <>
      <PageHeader title={m.heading} />
      <p className="mb-4 max-w-3xl">{m.intro}</p>
      {principal.isRoot && !switchedRole ? (
        <Alert tone="info">{m.rootNotAllowed}</Alert>
      ) : (
        <SwitchRoleForm
          initial={{
            account: one(query.account),
            role: one(query.roleName),
            displayName: one(query.displayName).slice(0, 64),
            color: (color.success && color.data) || "",
          }}
        />
      )}
    </>
  );
}
