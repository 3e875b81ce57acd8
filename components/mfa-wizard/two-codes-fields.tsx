"use client";

import { CodeInput } from "@/components/code-input";
import { useI18n } from "@/components/i18n/i18n-provider";
import { isMfaCode } from "@/lib/mfa/code-format";

export type CodePair = { code1: string; code2: string };

/** The two-consecutive-codes check done in the browser first: six digits each, before any request. */
export function codePairErrors(codes: CodePair): Partial<Record<keyof CodePair, true>> {
  return {
    ...(isMfaCode(codes.code1.trim()) ? {} : { code1: true }),
    ...(isMfaCode(codes.code2.trim()) ? {} : { code2: true }),
  };
}

export function TwoCodesFields({
  codes,
  onChange,
  errors,
  idPrefix,
  tutorialTargets = false,
}: {
  codes: CodePair;
  onChange: (codes: CodePair) => void;
  errors: Partial<Record<keyof CodePair, true>>;
  idPrefix: string;
  /** Name the fields mfa-code-1 and mfa-code-2 for the guided tutorial (the set-up dialog's, not Resync's). */
  tutorialTargets?: boolean;
}) {
  const { messages } = useI18n();
  const m = messages.mfaWizard;
  return (
    <>
      <CodeInput id={`${idPrefix}-code1`} label={m.code1} value={codes.code1} onChange={(code1) => onChange({ ...codes, code1 })} error={errors.code1 && m.codeFormat} tutorialTarget={tutorialTargets ? "mfa-code-1" : undefined} />
      <CodeInput id={`${idPrefix}-code2`} label={m.code2} value={codes.code2} onChange={(code2) => onChange({ ...codes, code2 })} error={errors.code2 && m.codeFormat} tutorialTarget={tutorialTargets ? "mfa-code-2" : undefined} />
    </>
  );
}
