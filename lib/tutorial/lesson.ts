import type { ConsoleVersion } from "../iam/console-version";
import type { Locale } from "../i18n/messages";

// A lesson is data: its steps say where the learner is by what the page shows, so a teacher can add a
// lesson without touching a component. Controls are found by their data-tutorial name (a "target"),
// which the console's components carry and docs/tutorials.md lists.

/** What the page shows, as a lesson step sees it. */
export type Condition =
  /** The address is this path or below it. */
  | { path: string }
  /** The control named `visible` is on screen. */
  | { visible: string }
  /** The field named `filled` holds something matching `pattern` (a RegExp source). */
  | { filled: string; pattern: string }
  /** A step marked this earlier in the lesson (marks survive sign-out and reloads). */
  | { milestone: string }
  | { not: Condition }
  | { all: Condition[] }
  | { any: Condition[] };

export type StepText = { title: string; body: string };

export type LessonStep = {
  id: string;
  /**
   * The control the panel points at; absent when the step has nothing to click. Several names: the
   * first on screen (a step that spans pages, such as signing out and in again).
   */
  target?: string | readonly string[];
  /** The learner is at this step (or past it) while this holds. */
  at: Condition;
  /** A milestone recorded when the learner reaches this step. */
  marks?: string;
  text: Record<Locale, StepText>;
};

export type Lesson = {
  id: string;
  /** The console the lesson walks through: the dashboard offers it to accounts of that version. */
  consoleVersion: ConsoleVersion;
  title: Record<Locale, string>;
  summary: Record<Locale, string>;
  steps: LessonStep[];
};

/** The page as the panel reads it; the browser's DOM in the console, a plain object in tests. */
export type PageProbe = {
  path: string;
  isVisible(target: string): boolean;
  valueOf(target: string): string | null;
  milestones: ReadonlySet<string>;
};

export function holds(condition: Condition, probe: PageProbe): boolean {
  if ("path" in condition) return probe.path === condition.path || probe.path.startsWith(`${condition.path}/`);
  if ("visible" in condition) return probe.isVisible(condition.visible);
  if ("filled" in condition) return new RegExp(condition.pattern).test(probe.valueOf(condition.filled) ?? "");
  if ("milestone" in condition) return probe.milestones.has(condition.milestone);
  if ("not" in condition) return !holds(condition.not, probe);
  if ("all" in condition) return condition.all.every((c) => holds(c, probe));
  return condition.any.some((c) => holds(c, probe));
}

/**
 * The step the learner is at: the last one whose `at` holds. Steps are checked from the end because
 * a later step's condition is the more specific one (a dialog open on the page of an earlier step).
 * The first step should hold everywhere (`{ all: [] }`); when none holds, it is still the answer.
 */
export function currentStepIndex(lesson: Lesson, probe: PageProbe): number {
  for (let index = lesson.steps.length - 1; index > 0; index--) {
    if (holds(lesson.steps[index].at, probe)) return index;
  }
  return 0;
}
