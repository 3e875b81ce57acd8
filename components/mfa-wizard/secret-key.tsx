"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";

/** The seed in groups of four, as authenticator apps' manual entry expects, with a copy button. */
export function SecretKey({ seed }: { seed: string }) {
  const { messages } = useI18n();
  const [copied, setCopied] = useState(false);
  const grouped = seed.match(/.{1,4}/g)?.join(" ") ?? seed;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-3">
      <code aria-label={messages.mfaWizard.secretKey} data-tutorial="secret-key" className="rounded-sm bg-page px-2 py-1 font-mono text-sm break-all">
        {grouped}
      </code>
      <button
        type="button"
        className="btn-normal"
        onClick={async () => {
          await navigator.clipboard?.writeText(seed);
          setCopied(true);
        }}
      >
        {copied ? messages.common.copied : messages.mfaWizard.copySecretKey}
      </button>
    </div>
  );
}
