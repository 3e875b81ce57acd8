"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/alert";
import { useI18n } from "@/components/i18n/i18n-provider";
import { tutorialStore } from "@/components/tutorial/tutorial-store";
import { lookup } from "@/lib/i18n/messages";
import { setRequireMfaForApiAction } from "./api-settings-actions";

/**
 * "Require MFA for API calls": the lab's shortcut that attaches AWS's force-MFA policy (Force_MFA) to
 * every IAM user; no rule of its own, the policy is what is enforced. The Force MFA lesson starts here
 * (`lessonId`, when the account's console is the lesson's), and goes on by hand on a user's Permissions tab.
 */
export function RequireMfaSetting({ required, lessonId }: { required: boolean; lessonId?: string }) {
  const { messages } = useI18n();
  const m = messages.accessKeys;
  const lesson = messages.forceMfa;
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
          data-tutorial="require-mfa-api"
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
      {checked && !pending && (
        <p className="mt-2 text-sm" data-tutorial="require-mfa-on">
          {lesson.on}
        </p>
      )}
      {lessonId && (
        <p className="mt-3 text-sm">
          {lesson.lessonIntro}{" "}
          <button type="button" className="btn-link" onClick={() => tutorialStore.start(lessonId)}>
            {lesson.startLesson}
          </button>
        </p>
      )}
    </section>
  );
}
