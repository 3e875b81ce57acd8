"use client";

import { useRef, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format } from "@/lib/i18n/messages";
import { policySize } from "@/lib/iam/policy/policy-size";

/**
 * The console's JSON policy editor: a monospace text area with line numbers and IAM's size count.
 * It checks nothing itself: the form's server action stores the document through the same lib/iam call
 * the API uses, and AWS's MalformedPolicyDocument or size message comes back as `problem`, shown under
 * the text and announced. The text is the user's until they change it: a refused document stays as typed.
 * It submits with its form as the field `name`.
 */
export function PolicyEditor({
  id,
  name,
  defaultValue,
  quota,
  problem,
  label,
  rows = 18,
}: {
  id: string;
  name: string;
  defaultValue: string;
  /** IAM's size quota for this document (policy-size.ts), in characters other than white space. */
  quota: number;
  /** AWS's message for the document as last submitted, or none. */
  problem?: string | null;
  /** The editor's accessible name; "Policy document" when absent. */
  label?: string;
  rows?: number;
}) {
  const { messages, locale } = useI18n();
  const m = messages.policyEditor;
  const [text, setText] = useState(defaultValue);
  const gutter = useRef<HTMLDivElement>(null);
  const lines = text.split("\n").length;
  const size = policySize(text);
  const problemId = `${id}-problem`;
  const countId = `${id}-count`;

  return (
    <div className="mb-4 min-w-0">
      <label htmlFor={id} className="mb-1 block font-bold">
        {label ?? m.label}
      </label>
      <p className="mb-1 text-xs text-muted">{m.hint}</p>
      <div className={`flex max-w-full overflow-hidden rounded-sm border bg-white ${problem ? "border-error" : "border-line"}`}>
        <div ref={gutter} aria-hidden="true" className="shrink-0 overflow-hidden border-r border-line bg-page px-2 py-2 text-right font-mono text-sm leading-5 text-muted select-none">
          {Array.from({ length: Math.max(lines, rows) }, (_, index) => (
            <div key={index}>{index + 1}</div>
          ))}
        </div>
        <textarea
          id={id}
          name={name}
          value={text}
          rows={rows}
          wrap="off"
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={[countId, problem && problemId].filter(Boolean).join(" ")}
          onChange={(event) => setText(event.target.value)}
          onScroll={(event) => {
            if (gutter.current) gutter.current.scrollTop = event.currentTarget.scrollTop;
          }}
          className="min-w-0 flex-1 resize-y overflow-auto px-2 py-2 font-mono text-sm leading-5 outline-none"
        />
      </div>
      <p id={countId} className={`mt-1 text-xs ${size > quota ? "text-error" : "text-muted"}`}>
        {format(m.characters, { count: size, quota }, locale)}
      </p>
      {problem && (
        <div id={problemId} role="alert" className="mt-2 border-l-4 border-error bg-[#fdf3f1] px-4 py-3">
          <p className="font-bold">{m.errorHeading}</p>
          <p className="font-mono text-sm break-words">{problem}</p>
          <p className="text-xs text-muted">{m.grammar}</p>
        </div>
      )}
    </div>
  );
}
