import Link from "next/link";
import { AccessDenied } from "@/components/access-denied";
import { Alert } from "@/components/alert";
import { PageHeader } from "@/components/page-header";
import { Table } from "@/components/table";
import { requireIdentity } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { denialOf } from "@/lib/iam/authorize";
import { policiesResource } from "@/lib/iam/iam-actions";
import { listPoliciesPage, POLICIES_PER_PAGE, POLICY_TYPES, policyTypeOf } from "@/lib/iam/list-policies-page";
import { policyListQuerySchema, policyNameSchema } from "@/lib/iam/policy-role-schemas";
import { format } from "@/lib/i18n/messages";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { policyDetailsPath } from "@/app/(console)/iam/permissions/paths";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The 2021 console's Policies list: filtered by type and name and paged here, on the server. */
export default async function PoliciesPage({ searchParams }: { searchParams: SearchParams }) {
  const { principal } = await requireIdentity();
  const messages = await getMessages();
  const denial = await denialOf(getDb(), principal, "iam:ListPolicies", policiesResource(principal.accountId));
  if (denial) return <AccessDenied messages={messages} denial={denial} />;
  const locale = await getLocale();
  const m = messages.policies;
  const params = await searchParams;
  const query = policyListQuerySchema.parse(params);
  const result = await listPoliciesPage(getDb(), { actor: principal, type: query.type, search: query.search, page: query.page });
  const deleted = policyNameSchema.safeParse(params.deleted);
  const pageHref = (page: number) =>
    `?${new URLSearchParams({ ...(query.type ? { type: query.type } : {}), ...(query.search ? { search: query.search } : {}), page: String(page) })}`;
  const first = (result.page - 1) * POLICIES_PER_PAGE + 1;

  return (
    <>
      <PageHeader title={m.heading}>
        <Link href="/iam/policies/create" className="btn-primary">
          {m.createPolicy}
        </Link>
      </PageHeader>
      {deleted.success && <Alert tone="success">{format(m.deleted, { name: deleted.data })}</Alert>}
      <form method="get" aria-label={m.filterLabel} className="panel mb-4 flex flex-wrap items-end gap-4 px-5 py-4">
        <div className="min-w-0">
          <label htmlFor="policy-type" className="mb-1 block font-bold">
            {m.policyType}
          </label>
          <select id="policy-type" name="type" defaultValue={query.type ?? ""} className="input">
            <option value="">{m.allTypes}</option>
            {POLICY_TYPES.map((type) => (
              <option key={type} value={type}>
                {m.types[type]}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0 flex-1 basis-48">
          <label htmlFor="policy-search" className="mb-1 block font-bold">
            {m.search}
          </label>
          <input id="policy-search" name="search" type="search" defaultValue={query.search ?? ""} placeholder={m.searchPlaceholder} autoComplete="off" className="input" />
        </div>
        <button type="submit" className="btn-normal">
          {m.search}
        </button>
      </form>
      <Table
        caption={m.heading}
        rows={result.policies}
        rowKey={(policy) => policy.arn}
        empty={m.empty}
        columns={[
          { header: m.policyName, rowHeader: true, className: "min-w-48 break-words", cell: (policy) => <Link href={policyDetailsPath(policy.arn)}>{policy.policyName}</Link> },
          { header: m.type, className: "whitespace-nowrap", cell: (policy) => m.types[policyTypeOf(policy)] },
          {
            header: m.usedAs,
            className: "whitespace-nowrap",
            cell: (policy) => (policy.attachmentCount ? format(m.permissionsPolicy, { count: policy.attachmentCount }, locale) : m.notUsed),
          },
          { header: m.description, className: "min-w-48 text-xs", cell: (policy) => policy.description ?? "" },
        ]}
      />
      <nav aria-label={m.pages} className="mt-3 flex flex-wrap items-center gap-4">
        {result.total > 0 && (
          <span className="text-muted">{format(m.showing, { from: first, to: first + result.policies.length - 1, total: result.total }, locale)}</span>
        )}
        {result.page > 1 && <Link href={pageHref(result.page - 1)}>{m.previousPage}</Link>}
        <span>{format(m.pageOf, { page: result.page, pages: result.pageCount }, locale)}</span>
        {result.page < result.pageCount && <Link href={pageHref(result.page + 1)}>{m.nextPage}</Link>}
      </nav>
    </>
  );
}
