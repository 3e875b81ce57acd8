import { type ReactNode, useId } from "react";

/**
 * A white console panel with its heading bar: the heading (and a count, as "Multi-factor authentication
 * (MFA) (2)"), the panel's actions at the right of the bar (they wrap under the heading on a phone), an
 * optional description, then the body. The section is a region named by its heading.
 */
export function Panel({
  title,
  id,
  counter,
  actions,
  description,
  children,
  className = "",
  bodyClassName = "px-5 py-4",
}: {
  title: ReactNode;
  /** The heading's id, when something else refers to it; a generated one otherwise. */
  id?: string;
  counter?: number;
  actions?: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  /** Outer spacing and width, such as "mb-6 max-w-5xl". */
  className?: string;
  bodyClassName?: string;
}) {
  const generatedId = useId();
  const headingId = id ?? generatedId;
  return (
    <section className={`panel ${className}`} aria-labelledby={headingId}>
      <div className="panel-header flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <h2 id={headingId} className="min-w-0 break-words">
          {title}
          {/* The space is part of the heading's name: "Multi-factor authentication (MFA) (2)". */}
          {counter !== undefined && <span className="font-normal text-muted"> ({counter})</span>}
        </h2>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
      {description && <div className="px-5 pt-3 text-muted">{description}</div>}
      <div className={bodyClassName}>{children}</div>
    </section>
  );
}
