import Link from "next/link";
import { notFound } from "next/navigation";
import { PermissionsPanel } from "@/app/(console)/iam/permissions/permissions-panel";
import { AccessDenied } from "@/components/access-denied";
import { Alert } from "@/components/alert";
import { PageHeader } from "@/components/page-header";
import { Panel } from "@/components/panel";
import { conditionText, PolicyJson, prettyDocument } from "@/components/policies/policy-summary";
import { trustedEntityLabel } from "@/components/roles/trusted-entity-label";
import { Table } from "@/components/table";
import { Tabs } from "@/components/tabs";
import { requireIdentity } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format-date";
import { decodeSegment } from "@/lib/http/path-segment";
import { isIamError } from "@/lib/iam/errors";
import { getRole } from "@/lib/iam/get-role";
import { parsePolicyDocument } from "@/lib/iam/policy/parse-policy-document";
import { trustConditionsOf, trustedEntitiesOf } from "@/lib/iam/policy/trusted-entities";
import { roleNameSchema } from "@/lib/iam/policy-role-schemas";
import type { Principal } from "@/lib/iam/principal";
import { format } from "@/lib/i18n/messages";
import { getLocale, getMessages, getTimeZone } from "@/lib/i18n/server";
import { DeleteRoleButton } from "../../delete-role-button";
import { rolePath } from "../../role-path";
import { EditTrustPolicy } from "./edit-trust-policy";

type Params = Promise<{ roleName: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const TABS = ["permissions", "trust", "tags"] as const;
type RoleTab = (typeof TABS)[number];

/** GetRole; AWS's denial when the caller may not see it, not found when there is no such role. */
async function loadRole(actor: Principal, roleName: string) {
  try {
    return { role: await getRole(getDb(), { actor, roleName }) };
  } catch (error) {
    if (isIamError(error) && error.code === "AccessDenied") return { denial: error.message };
    if (isIamError(error) && error.code === "NoSuchEntity") notFound();
    throw error;
  }
}

/** The 2021 console's role page: summary with the switch-role link; Permissions, Trust relationships and Tags tabs. */
export default async function RolePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { principal } = await requireIdentity();
  const name = roleNameSchema.safeParse(decodeSegment((await params).roleName));
  if (!name.success) notFound();
  const [messages, locale, timeZone] = await Promise.all([getMessages(), getLocale(), getTimeZone()]);
  const loaded = await loadRole(principal, name.data);
  if ("denial" in loaded) return <AccessDenied messages={messages} denial={loaded.denial} />;
  const { role } = loaded;
  const m = messages.roleDetail;
  const query = await searchParams;
  const tab: RoleTab = TABS.find((id) => id === query.tab) ?? "permissions";
  const base = rolePath(role.roleName);
  const switchRole = `/switchrole?${new URLSearchParams({ roleName: role.roleName, account: principal.accountAlias ?? principal.accountId })}`;
  const trust = parsePolicyDocument(role.assumeRolePolicyDocument, "trust");
  const entities = trust.ok ? trustedEntitiesOf(trust.policy) : [];
  const conditions = trust.ok ? trustConditionsOf(trust.policy) : [];

  return (
    <>
      <PageHeader title={role.roleName}>
        <DeleteRoleButton roleName={role.roleName} />
      </PageHeader>
      {query.created === "1" && <Alert tone="success">{format(m.created, { name: role.roleName })}</Alert>}
      <Panel title={m.summary} className="mb-6 max-w-5xl">
        <dl className="details-grid">
          <dt className="text-muted">{m.roleArn}</dt>
          <dd className="font-mono break-all">{role.arn}</dd>
          <dt className="text-muted">{m.roleDescription}</dt>
          <dd className="break-words">{role.description || messages.common.none}</dd>
          <dt className="text-muted">{m.maxSessionDuration}</dt>
          <dd>{format(messages.createRole.hours, { count: role.maxSessionDuration / 3600 }, locale)}</dd>
          <dt className="text-muted">{m.creationTime}</dt>
          <dd>{formatDateTime(role.createdAt, locale, timeZone)}</dd>
          <dt className="text-muted">{m.lastActivity}</dt>
          <dd>{role.lastUsed ? formatDateTime(role.lastUsed.at, locale, timeZone) : messages.roles.never}</dd>
          <dt className="text-muted">{m.switchRoleLink}</dt>
          <dd className="break-all">
            <Link href={switchRole}>{switchRole}</Link>
          </dd>
        </dl>
      </Panel>
      <Tabs
        label={m.tabs}
        selected={tab}
        tabs={[
          { id: "permissions", label: m.permissionsTab, href: base },
          { id: "trust", label: m.trustTab, href: `${base}?tab=trust` },
          { id: "tags", label: m.tagsTab, href: `${base}?tab=tags` },
        ]}
      >
        {tab === "permissions" && <PermissionsPanel owner={{ kind: "role", name: role.roleName }} actor={principal} messages={messages} />}
        {tab === "trust" && (
          <>
            <p className="max-w-5xl">{m.trustIntro}</p>
            <Panel title={m.trustedEntities} description={m.trustedEntitiesIntro} className="max-w-5xl">
              <ul className="list-disc pl-5 break-all">
                {entities.map((entity) => (
                  <li key={JSON.stringify(entity)}>{trustedEntityLabel(entity, messages)}</li>
                ))}
              </ul>
            </Panel>
            <Panel title={m.conditions} description={conditions.length ? m.conditionsIntro : undefined} className="max-w-5xl">
              {conditions.length ? (
                <Table
                  caption={m.conditions}
                  framed={false}
                  rows={conditions}
                  rowKey={conditionText}
                  empty={m.noConditions}
                  columns={[
                    { header: m.condition, rowHeader: true, cell: (condition) => condition.operator },
                    { header: m.key, className: "font-mono text-xs break-all", cell: (condition) => condition.key },
                    { header: m.value, className: "font-mono text-xs break-all", cell: (condition) => condition.values.join(", ") },
                  ]}
                />
              ) : (
                <p>{m.noConditions}</p>
              )}
            </Panel>
            {query.edit === "1" ? (
              <EditTrustPolicy roleName={role.roleName} document={prettyDocument(role.assumeRolePolicyDocument)} />
            ) : (
              <Panel
                title={m.trustPolicy}
                className="max-w-5xl"
                actions={
                  <Link href={`${base}?tab=trust&edit=1`} className="btn-normal">
                    {m.editTrust}
                  </Link>
                }
              >
                {query.updated === "1" && <Alert tone="success">{m.trustUpdated}</Alert>}
                <PolicyJson document={role.assumeRolePolicyDocument} label={m.trustPolicy} />
              </Panel>
            )}
          </>
        )}
        {tab === "tags" && (
          <Panel title={m.tagsTab} counter={role.tags.length} className="max-w-5xl">
            <Table
              caption={m.tagsTab}
              framed={false}
              rows={role.tags}
              rowKey={(tag) => tag.key}
              empty={m.noTags}
              columns={[
                { header: m.tagKey, rowHeader: true, className: "break-all", cell: (tag) => tag.key },
                { header: m.tagValue, className: "break-all", cell: (tag) => tag.value },
              ]}
            />
          </Panel>
        )}
      </Tabs>
    </>
  );
}
