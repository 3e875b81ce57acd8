"use client";

import { type ReactNode, useEffect, useRef } from "react";
import { Alert } from "./alert";

/**
 * An error that answers a button far below it (a wizard's Assign MFA at the foot of a tall dialog):
 * when it appears it scrolls into view and takes focus, so the learner sees it and a screen reader
 * reads it, where focus would otherwise fall to the page body with the button disabled meanwhile.
 * Render it anew for each failed attempt (unmount it while the next one runs) to repeat this.
 */
export function ErrorInView({ children }: { children: ReactNode }) {
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = alert.current;
    if (!element) return;
    element.scrollIntoView({ block: "nearest" });
    element.focus({ preventScroll: true });
  }, []);
  return (
    <Alert tone="error" ref={alert} tabIndex={-1}>
      {children}
    </Alert>
  );
}
