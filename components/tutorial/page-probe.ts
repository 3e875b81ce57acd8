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

/**
 * Where a step points: the first of its targets on screen, or, for one folded away (the navigation
 * behind the menu button on a phone), the control that unfolds it (`data-folded-by` names it).
 */
export function pointerTarget(target: string | readonly string[] | undefined): Element | undefined {
  const names = typeof target === "string" ? [target] : (target ?? []);
  for (const name of names) {
    const element = visibleTarget(name);
    if (element) return element;
  }
  for (const name of names) {
    const folder = targetElements(name)
      .map((element) => element.closest("[data-folded-by]")?.getAttribute("data-folded-by"))
      .find((folder) => folder);
    const unfold = folder ? visibleTarget(folder) : undefined;
    if (unfold) return unfold;
  }
  return undefined;
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
