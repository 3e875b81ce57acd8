"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/alert";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Panel } from "@/components/panel";
import { RadioChoice } from "@/components/radio-choice";
import type { ConsoleVersion } from "@/lib/iam/console-version";
import { format, lookup } from "@/lib/i18n/messages";
import { setConsoleVersionAction } from "./console-version-actions";

/** The root user's choice between the 2021 console (the seed tutorial's) and the current one. */
export function ConsoleVersionSetting({ version }: { version: ConsoleVersion }) {
  const { messages } = useI18n();
  const m = messages.consoleVersion;
  const [choice, setChoice] = useState<ConsoleVersion>(version);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [pending, startTransition] = useTransition();
  const options: [ConsoleVersion, string, string][] = [
    ["2021", m.v2021, m.v2021Description],
    ["current", m.current, m.currentDescription],
  ];
  return (
    <Panel title={m.heading} className="mb-6 max-w-3xl" description={m.intro}>
      {error && <Alert tone="error">{lookup(messages, error)}</Alert>}
      {saved && <Alert tone="success">{saved}</Alert>}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          startTransition(async () => {
            const result = await setConsoleVersionAction({ consoleVersion: choice });
            setError(result.ok ? undefined : result.error);
            setSaved(result.ok ? format(m.saved, { version: choice === "current" ? m.current : m.v2021 }) : undefined);
          });
        }}
      >
        <fieldset className="mb-3">
          <legend className="sr-only">{m.legend}</legend>
          {options.map(([value, label, description]) => (
            <RadioChoice key={value} name="console-version" value={value} checked={choice === value} onChange={() => setChoice(value)} label={label} description={description} />
          ))}
        </fieldset>
        <button type="submit" className="btn-primary" disabled={pending || choice === version}>
          {m.save}
        </button>
      </form>
    </Panel>
  );
}
