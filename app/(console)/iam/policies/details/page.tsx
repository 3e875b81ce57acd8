import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/access-denied";
import { Alert } from "@/components/alert";
import { PageHeader } from "@/components/page-header";
import { Panel } from "@/components/panel";
import { PolicyJson, PolicySummary } from "@/components/policies/policy-summary";
import { Table } from "@/components/table";
import { Tabs } from "@/components/tabs";
import { requireIdentity } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format-date";
import { isIamError } from "@/lib/iam/errors";
import { policyTypeOf } from "@/lib/iam/list-policies-page";
import { getPolicy, getPolicyVersion, listPolicyVersions } from "@/lib/iam/managed-policies";
import { parsePolicyDocument } from "@/lib/iam/policy/parse-policy-document";
import { summarizePolicy } from "@/lib/iam/policy/policy-summary";
import { listEntitiesForPolicy } from "@/lib/iam/policy-attachments";
import type { Principal } from "@/lib/iam/principal";
import { policyArnSchema } from "@/lib/iam/policy-role-schemas";
import { format } from "@/lib/i18n/messages";
import { getLocale, getMessages, getTimeZone } from "@/lib/i18n/server";
import { groupDetailsPath, policyDetailsPath } from "@/app/(console)/iam/permissions/paths";
import { DeletePolicyButton } from "./delete-policy-button";
import { PolicyVersions } from "./policy-versions";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const TABS = ["permissions", "usage", "versions"] as const;
type TabId = (typeof TABS)[number];

/** GetPolicy, its default version, who uses it and its versions; AWS's denial when the caller may not see them. */
async function loadPolicy(actor: Principal, policyArn: string) {
  const db = getDb();
  try {
    const policy = await getPolicy(db, { actor, policyArn });
    const [version, entities, versions] = await Promise.all([
      getPolicyVersion(db, { actor, policyArn, versionId: policy.defaultVersionId }),
      listEntitiesForPolicy(db, { actor, policyArn }),
      listPolicyVersions(db, { actor, policyArn }),
    ]);
    return { policy, version, entities, versions };
  } catch (error) {
    if (isIamError(error) && error.code === "AccessDenied") return { denial: error.message };
    if (isIamError(error) && (error.code === "NoSuchEntity" || error.code === "InvalidInput")) notFound();
    throw error;
  }
}

/** The 2021 console's policy page, at /iam/policies/details?arn=<ARN>: summary, permissions, usage, versions. */
export default async function PolicyPage({ searchParams }: { searchParams: SearchParams }) {
  const { principal } = await requireIdentity();
  const params = await searchParams;
  const arn = policyArnSchema.safeParse(params.arn);
  if (!arn.success) notFound();
  const [messages, locale, timeZone] = await Promise.all([getMessages(), getLocale(), getTimeZone()]);
  const loaded = await loadPolicy(principal, arn.data);
  if ("denial" in loaded) return <AccessDenied messages={messages} denial={loaded.denial} />;
  const { policy, version, entities, versions } = loaded;
  const m = messages.policyDetail;
  const tab: TabId = TABS.find((id) => id === params.tab) ?? "permissions";
  const json = params.view === "json";
  const base = policyDetailsPath(policy.arn);
  const customer = policy.scope === "Local";
  const parsed = parsePolicyDocument(version.document, "managed");
  const usage = [
    ...entities.users.map((user) => ({ key: `user:${user.userId}`, name: user.userName, type: m.entityTypes.user, href: `/iam/users/details/${encodeURIComponent(user.userName)}` })),
    ...entities.groups.map((group) => ({ key: `group:${group.groupId}`, name: group.groupName, type: m.entityTypes.group, href: groupDetailsPath(group.groupName) })),
    ...entities.roles.map((role) => ({ key: `role:${role.roleId}`, name: role.roleName, type: m.entityTypes.role, href: `/iam/roles/details/${encodeURIComponent(role.roleName)}` })),
  ];

  return (
    <>
      <PageHeader title={policy.policyName}>{customer && <DeletePolicyButton policyArn={policy.arn} policyName={policy.policyName} />}</PageHeader>
      {typeof params.updated === "string" && /^v\d+$/.test(params.updated) && <Alert tone="success">{format(m.updated, { name: policy.policyName, version: params.updated })}</Alert>}
      <Panel title={m.summary} className="mb-6 max-w-5xl">
        <dl className="details-grid">
          <dt className="text-muted">{m.policyArn}</dt>
          <dd className="font-mono break-all">{policy.arn}</dd>
          <dt className="text-muted">{messages.policies.type}</dt>
          <dd>{messages.policies.types[policyTypeOf(policy)]}</dd>
          <dt className="text-muted">{m.description}</dt>
          <dd className="break-words">{policy.description ?? m.none}</dd>
          <dt className="text-muted">{m.creationTime}</dt>
          <dd>{formatDateTime(policy.createDate, locale, timeZone)}</dd>
          <dt className="text-muted">{m.editedTime}</dt>
          <dd>{formatDateTime(policy.updateDate, locale, timeZone)}</dd>
        </dl>
      </Panel>
      <Tabs
        label={m.tabs}
        selected={tab}
        tabs={[
          { id: "permissions", label: m.permissionsTab, href: base },
          { id: "usage", label: m.usageTab, href: `${base}&tab=usage` },
          { id: "versions", label: m.versionsTab, href: `${base}&tab=versions` },
        ]}
      >
        {tab === "permissions" && (
          <Panel
            title={json ? m.json : m.policySummary}
            className="max-w-5xl"
            actions={
              <>
                <Link href={base} aria-current={json ? undefined : "page"} className={json ? "btn-normal" : "btn-normal bg-page"}>
                  {m.policySummary}
                </Link>
                <Link href={`${base}&view=json`} aria-current={json ? "page" : undefined} className={json ? "btn-normal bg-page" : "btn-normal"}>
                  {m.json}
                </Link>
                {customer && (
                  <Link href={`/iam/policies/edit?arn=${encodeURIComponent(policy.arn)}`} className="btn-primary">
                    {m.editPolicy}
                  </Link>
                )}
              </>
            }
            description={customer ? undefined : m.awsManagedReadOnly}
          >
            {json || !parsed.ok ? (
              <PolicyJson document={version.document} label={m.json} />
            ) : (
              <PolicySummary rows={summarizePolicy(parsed.policy)} messages={messages} label={m.policySummary} />
            )}
          </Panel>
        )}
        {tab === "usage" && (
          <Panel title={m.usageTab} counter={usage.length} description={m.usageIntro} className="max-w-5xl">
            <Table
              caption={m.usageTab}
              framed={false}
              rows={usage}
              rowKey={(row) => row.key}
              empty={m.notAttached}
              columns={[
                { header: m.name, rowHeader: true, className: "break-all", cell: (row) => (row.href ? <Link href={row.href}>{row.name}</Link> : row.name) },
                { header: m.entityType, cell: (row) => row.type },
              ]}
            />
          </Panel>
        )}
        {tab === "versions" && (
          <PolicyVersions
            policyArn={policy.arn}
            editable={customer}
            versions={versions.map((v) => ({ versionId: v.versionId, isDefault: v.isDefaultVersion, created: formatDateTime(v.createDate, locale, timeZone) }))}
          />
        )}
      </Tabs>
    </>
  );
}
