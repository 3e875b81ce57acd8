import { Table } from "@/components/table";
import type { Messages } from "@/lib/i18n/en";
import { format } from "@/lib/i18n/messages";
import type { Condition } from "@/lib/iam/policy/policy-document";
import type { SummaryRow } from "@/lib/iam/policy/policy-summary";

/** A condition as the summary words it: `Bool aws:MultiFactorAuthPresent: true`. */
export function conditionText(condition: Condition): string {
  return `${condition.operator} ${condition.key}: ${condition.values.join(", ")}`;
}

/**
 * The Permissions tab's policy summary: a row per service of each statement. Its cells break anywhere so
 * that it fits a phone: a table that scrolled would need a keyboard stop, and it has no control to take one.
 */
export function PolicySummaryTable({ rows, messages, caption }: { rows: SummaryRow[]; messages: Messages; caption: string }) {
  const m = messages.policyDetail;
  const list = (all: string, items: string[], except: boolean) => {
    if (items.includes("*") && !except) return all;
    const text = items.join(", ");
    return except ? format(m.allExcept, { list: text }) : text;
  };
  return (
    <Table
      caption={caption}
      framed={false}
      rows={rows}
      rowKey={(row) => `${row.statement}:${row.service}`}
      empty={m.none}
      columns={[
        { header: m.service, rowHeader: true, cell: (row) => (row.service === "*" ? m.allServices : row.service) },
        { header: m.effect, cell: (row) => row.effect },
        { header: m.actions, className: "text-xs break-all", cell: (row) => list(m.allActions, row.actions, row.notAction) },
        { header: m.resource, className: "font-mono text-xs break-all", cell: (row) => list(m.allResources, row.resources, row.notResource) },
        { header: m.requestCondition, className: "font-mono text-xs break-all", cell: (row) => (row.conditions.length ? row.conditions.map(conditionText).join("; ") : m.none) },
      ]}
    />
  );
}

/** A policy document as the JSON view shows it: indented by two spaces, or as stored if it is not JSON. */
export function prettyDocument(document: string): string {
  try {
    return JSON.stringify(JSON.parse(document), null, 2);
  } catch {
    return document;
  }
}

export function PolicyJson({ document, label }: { document: string; label: string }) {
  return (
    <pre aria-label={label} tabIndex={0} className="max-h-[32rem] max-w-full overflow-auto rounded-sm border border-line bg-page p-3 font-mono text-xs">
      {prettyDocument(document)}
    </pre>
  );
}
