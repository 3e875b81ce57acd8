"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/alert";
import { useI18n } from "@/components/i18n/i18n-provider";
import { lookup } from "@/lib/i18n/messages";
import { setRequireMfaForApiAction } from "./api-settings-actions";

export function RequireMfaSetting({ required }: { required: boolean }) {
  const { messages } = useI18n();
  const m = messages.accessKeys;
  const [checked, setChecked] = useState(required);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <section className="panel mb-6 max-w-3xl px-5 py-4" aria-labelledby="require-mfa">
      {error && <Alert tone="error">{lookup(messages, error)}</Alert>}
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          className="mt-1"
          checked={checked}
          disabled={pending}
          onChange={(event) => {
            const next = event.target.checked;
            setChecked(next);
            startTransition(async () => {
              const result = await setRequireMfaForApiAction({ required: next });
              setError(result.ok ? undefined : result.error);
              if (!result.ok) setChecked(!next);
            });
          }}
        />
        <span>
          <span id="require-mfa" className="block font-bold">
            {m.requireMfa}
          </span>
          <span className="block text-xs text-muted">{m.requireMfaHelp}</span>
        </span>
      </label>
    </section>
  );
}
