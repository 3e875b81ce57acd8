import type { ChangeEvent } from "react";

/** A six-digit MFA code field that phones fill from SMS-style autofill and that announces its error. */
export function CodeInput({
  id,
  label,
  value,
  onChange,
  error,
  tutorialTarget,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  tutorialTarget?: string;
}) {
  return (
    <div className="mb-3">
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
      <input
        id={id}
        name={id}
        className="input max-w-40 font-mono tracking-widest"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        data-tutorial={tutorialTarget}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="mt-1 text-xs text-error">
          {error}
        </p>
      )}
    </div>
  );
}
