import type { ReactNode, Ref } from "react";

const TONES = {
  error: "border-error bg-[#fdf3f1] text-squid",
  success: "border-success bg-[#f2f8f0] text-squid",
  info: "border-link bg-[#f1faff] text-squid",
} as const;

/**
 * An inline message box. Errors are announced (role alert); the rest are polite status updates.
 * `ref` and `tabIndex` let ErrorInView move focus to it.
 */
export function Alert({
  tone,
  children,
  title,
  ref,
  tabIndex,
}: {
  tone: keyof typeof TONES;
  children: ReactNode;
  title?: string;
  ref?: Ref<HTMLDivElement>;
  tabIndex?: number;
}) {
  return (
    <div ref={ref} tabIndex={tabIndex} role={tone === "error" ? "alert" : "status"} className={`mb-4 border-l-4 px-4 py-3 ${TONES[tone]}`}>
      {title && <p className="font-bold">{title}</p>}
      <div>{children}</div>
    </div>
  );
}
