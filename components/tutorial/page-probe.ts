import type { PageProbe } from "@/lib/tutorial/lesson";

/** The controls that carry a lesson target's name. */
export function targetElements(target: string): Element[] {
  return [...document.querySelectorAll(`[data-tutorial="${CSS.escape(target)}"]`)];
}

const shown = (element: Element) => (element.checkVisibility ? element.checkVisibility() : element.getClientRects().length > 0);

/** The first control named `target` that is on screen. */
export function visibleTarget(target: string): Element | undefined {
  return targetElements(target).find(shown);
}

/** The live page as lesson conditions read it. */
export function domProbe(path: string, milestones: ReadonlySet<string>): PageProbe {
  return {
    path,
    milestones,
    isVisible: (target) => visibleTarget(target) !== undefined,
    valueOf: (target) => {
      const field = visibleTarget(target);
      return field instanceof HTMLInputElement ? field.value : null;
    },
  };
}
