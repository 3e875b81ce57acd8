"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { ActionResult } from "@/lib/auth/console-action";
import { lookup } from "@/lib/i18n/messages";
import type { Outcome } from "./outcome";

type Run<T> = () => Promise<ActionResult<Outcome<T>>>;

/**
 * For a ConfirmActionButton's onConfirm: runs the action and answers the message of its failure, or
 * nothing once done (then `done`, and the page's data afresh).
 */
export function useConfirmOutcome() {
  const { messages } = useI18n();
  const router = useRouter();
  return async (action: Run<unknown>, done?: () => void): Promise<string | undefined> => {
    const result = await action();
    if (!result.ok) return lookup(messages, result.error);
    if (!result.data.ok) return result.data.message;
    done?.();
    router.refresh();
  };
}

/**
 * Runs a permissions or groups action from a button or dialog: on success `done` with its value, then the
 * page's data afresh; on failure the message to show (the console's, or IAM's as AWS's console shows it).
 */
export function useOutcomeAction() {
  const { messages } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const run = <T,>(action: Run<T>, done: (value: T) => void) =>
    startTransition(async () => {
      const result = await action();
      if (!result.ok) return setError(lookup(messages, result.error));
      if (!result.data.ok) return setError(result.data.message);
      setError(undefined);
      done(result.data.value);
      router.refresh();
    });
  return { error, setError, pending, run };
}
