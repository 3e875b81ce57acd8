import type { Messages } from "@/lib/i18n/en";
import { format } from "@/lib/i18n/messages";
import type { Condition } from "@/lib/iam/policy/policy-document";
import type { SummaryRow } from "@/lib/iam/policy/policy-summary";

/** A condition as the summary words it: `Bool aws:MultiFactorAuthPresent: true`. */
export function conditionText(condition: Condition): string {
  return `${condition.operator} ${condition.key}: ${condition.values.join(", ")}`;
}

/**
 * The Permissions tab's policy summary: a row per service of each statement, each a short description
 * list, so it fits a phone without a table that scrolls sideways.
 */
export function PolicySummary({ rows, messages, label }: { rows: SummaryRow[]; messages: Messages; label: string }) {
  const m = messages.policyDetail;
  const list = (all: string, items: string[], except: boolean) => {
    if (items.includes("*") && !except) return all;
    const text = items.join(", ");
    return except ? format(m.allExcept, { list: text }) : text;
  };
  if (rows.length === 0) return <p>{m.none}</p>;
  return (
    <ul aria-label={label} className="divide-y divide-line">
      {rows.map((row) => (
        <li key={`${row.statement}:${row.service}`} className="py-3">
          <dl className="details-grid">
            <dt className="text-muted">{m.service}</dt>
            <dd className="font-bold">{row.service === "*" ? m.allServices : row.service}</dd>
            <dt className="text-muted">{m.effect}</dt>
            <dd>{row.effect}</dd>
            <dt className="text-muted">{m.actions}</dt>
            <dd className="break-words">{list(m.allActions, row.actions, row.notAction)}</dd>
            <dt className="text-muted">{m.resource}</dt>
            <dd className="font-mono text-xs break-all">{list(m.allResources, row.resources, row.notResource)}</dd>
            <dt className="text-muted">{m.requestCondition}</dt>
            <dd className="font-mono text-xs break-all">{row.conditions.length ? row.conditions.map(conditionText).join("; ") : m.none}</dd>
          </dl>
        </li>
      ))}
    </ul>
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
