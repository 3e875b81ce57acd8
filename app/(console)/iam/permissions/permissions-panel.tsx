import Link from "next/link";
import { AccessDenied } from "@/components/access-denied";
import { Panel } from "@/components/panel";
import { Table } from "@/components/table";
import { getDb } from "@/lib/db/client";
import type { Messages } from "@/lib/i18n/en";
import type { PolicyOwnerRef } from "@/lib/iam/permissions-schemas";
import type { Principal } from "@/lib/iam/principal";
import { type AppliedPolicy, appliedPolicies } from "@/lib/iam/principal-permissions";
import { AddPermissionsButton } from "./add-permissions-button";
import { AddInlinePolicyButton, InlinePolicyLink } from "./inline-policy-dialog";
import { readOrDenial } from "./outcome";
import { groupDetailsPath, policyDetailsPath } from "./paths";
import { RemovePolicyButton } from "./remove-policy-button";

/**
 * The "Permissions policies" panel of a user, group or role: the policies that apply, read with the
 * caller's rights (a refusal shows AWS's denial instead), "Add permissions", "Add inline policy", and
 * Remove on the owner's own. A user's also lists those attached to their groups, removed on the group.
 */
export async function PermissionsPanel({ owner, actor, messages }: { owner: PolicyOwnerRef; actor: Principal; messages: Messages }) {
  const m = messages.permissions;
  const read = await readOrDenial(() => appliedPolicies(getDb(), { actor, kind: owner.kind, name: owner.name }));
  if (!read.ok) return <AccessDenied messages={messages} denial={read.denial} />;
  const policies = read.value;
  const typeOf = (policy: AppliedPolicy) => ({ aws: m.awsManaged, customer: m.customerManaged, inline: m.inline })[policy.type];
  const attached = policies.flatMap((policy) => (policy.group === null && policy.policyArn ? [policy.policyArn] : []));
  return (
    <Panel
      title={m.heading}
      counter={policies.length}
      className="max-w-5xl"
      bodyClassName=""
      actions={
        <>
          <AddInlinePolicyButton owner={owner} />
          <AddPermissionsButton owner={owner} attached={attached} />
        </>
      }
    >
      <Table
        caption={m.heading}
        framed={false}
        rows={policies}
        rowKey={(policy) => `${policy.group ?? ""}:${policy.type}:${policy.policyArn ?? policy.policyName}`}
        empty={m.empty}
        columns={[
          {
            header: m.policyName,
            rowHeader: true,
            className: "break-all",
            cell: (policy) =>
              policy.policyArn ? (
                <Link href={policyDetailsPath(policy.policyArn)}>{policy.policyName}</Link>
              ) : policy.group === null ? (
                <InlinePolicyLink owner={owner} policyName={policy.policyName} />
              ) : (
                policy.policyName
              ),
          },
          {
            header: m.policyType,
            cell: (policy) =>
              policy.group === null ? (
                typeOf(policy)
              ) : (
                <>
                  {m.attachedFromGroup} <Link href={groupDetailsPath(policy.group)}>{policy.group}</Link>
                  <span className="block text-xs text-muted">{typeOf(policy)}</span>
                </>
              ),
          },
          {
            header: <span className="sr-only">{m.remove}</span>,
            cell: (policy) => policy.group === null && <RemovePolicyButton owner={owner} policyName={policy.policyName} policyArn={policy.policyArn} />,
          },
        ]}
      />
    </Panel>
  );
}
