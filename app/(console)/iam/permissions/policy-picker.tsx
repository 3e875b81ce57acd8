"use client";

import { useEffect, useId, useState } from "react";
import { Alert } from "@/components/alert";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format, lookup } from "@/lib/i18n/messages";
import { searchPoliciesAction } from "./actions";

type Found = { arn: string; policyName: string; scope: "AWS" | "Local"; description: string | null };
type Page = { policies: Found[]; total: number; page: number; pageSize: number };
type PolicyType = "all" | "aws" | "customer";

/**
 * "Attach existing policies directly": the account's attachable policies, filtered by name and type and
 * paged on the server (the browser never gets the 1,500 AWS managed ones); a checkbox, named by the
 * policy's name, per policy. The ticks (ARN → name) are the caller's, kept across filters and pages;
 * `attached` are the owner's own, shown ticked and fixed.
 */
export function PolicyPicker({ selected, onChange, attached = [] }: { selected: Map<string, string>; onChange: (next: Map<string, string>) => void; attached?: string[] }) {
  const { messages, locale } = useI18n();
  const m = messages.permissions;
  const filterId = useId();
  const [query, setQuery] = useState("");
  const [type, setType] = useState<PolicyType>("all");
  const [pageNumber, setPageNumber] = useState(0);
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<string>();

  useEffect(() => {
    // Answers may come back out of order while the filter is typed: only the latest one is shown.
    let current = true;
    searchPoliciesAction({ query, type, page: pageNumber }).then((result) => {
      if (!current) return;
      if (!result.ok) return setError(lookup(messages, result.error));
      if (!result.data.ok) return setError(result.data.message);
      setError(undefined);
      setPage(result.data.value);
    });
    return () => {
      current = false;
    };
  }, [query, type, pageNumber, messages]);

  const toggle = (policy: Found, on: boolean) => {
    const next = new Map(selected);
    if (on) next.set(policy.arn, policy.policyName);
    else next.delete(policy.arn);
    onChange(next);
  };
  const from = page && page.total > 0 ? page.page * page.pageSize + 1 : 0;
  const to = page ? Math.min(page.total, (page.page + 1) * page.pageSize) : 0;
  return (
    <div className="min-w-0">
      {error && <Alert tone="error">{error}</Alert>}
      <div className="mb-3 flex flex-wrap gap-2">
        <label htmlFor={filterId} className="sr-only">
          {m.filter}
        </label>
        <input
          id={filterId}
          type="search"
          className="input min-w-0 flex-1 basis-48"
          placeholder={m.filterPlaceholder}
          data-tutorial="policy-filter"
          value={query}
          // The filter filters as typed; Enter must not submit a form the picker sits in.
          onKeyDown={(event) => {
            if (event.key === "Enter") event.preventDefault();
          }}
          onChange={(event) => {
            setQuery(event.target.value);
            setPageNumber(0);
          }}
        />
        <select
          aria-label={m.filterType}
          className="input w-auto"
          value={type}
          onChange={(event) => {
            setType(event.target.value as PolicyType);
            setPageNumber(0);
          }}
        >
          <option value="all">{m.allTypes}</option>
          <option value="aws">{m.awsManaged}</option>
          <option value="customer">{m.customerManaged}</option>
        </select>
      </div>
      {page && (
        <>
          <ul className="divide-y divide-line border-y border-line" aria-label={m.attachDirectly}>
            {page.policies.length === 0 && <li className="px-2 py-4 text-center text-muted">{m.noMatch}</li>}
            {page.policies.map((policy) => {
              const fixed = attached.includes(policy.arn);
              return (
                <li key={policy.arn} className="flex items-start gap-3 px-2 py-2">
                  <input
                    type="checkbox"
                    id={`${filterId}-${policy.arn}`}
                    className="mt-1.5"
                    checked={fixed || selected.has(policy.arn)}
                    disabled={fixed}
                    aria-label={policy.policyName}
                    onChange={(event) => toggle(policy, event.target.checked)}
                  />
                  <label htmlFor={`${filterId}-${policy.arn}`} className="min-w-0 flex-1">
                    <span className="block font-bold break-words">{policy.policyName}</span>
                    <span className="block text-xs text-muted">
                      {policy.scope === "AWS" ? m.awsManaged : m.customerManaged}
                      {fixed && ` · ${m.attachedAlready}`}
                      {policy.description && ` · ${policy.description}`}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
          <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-sm">
            <span>{format(m.showing, { from, to, total: page.total }, locale)}</span>
            <span className="flex gap-2">
              <button type="button" className="btn-normal" disabled={page.page === 0} onClick={() => setPageNumber(page.page - 1)}>
                {m.previousPage}
              </button>
              <button type="button" className="btn-normal" disabled={to >= page.total} onClick={() => setPageNumber(page.page + 1)}>
                {m.nextPage}
              </button>
            </span>
          </div>
        </>
      )}
    </div>
  );
}
