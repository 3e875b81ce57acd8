"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format } from "@/lib/i18n/messages";
import { currentStepIndex, type Lesson } from "@/lib/tutorial/lesson";
import { findLesson } from "@/lib/tutorial/lessons";
import { domProbe, pointerTarget } from "./page-probe";
import { tutorialStore } from "./tutorial-store";

const CURRENT = "data-tutorial-current";
/** Below the sm width the panel spans the screen and starts folded to its current step. */
const NARROW = "(max-width: 639px)";
/** The panel's distance from the viewport's edges and from the control it points at, in px. */
const MARGIN = 8;
/** Less room than this beside the control, and the panel folds rather than shrinks (px). */
const MIN_UNFOLDED = 200;
/** The practice authenticator: opened in a tab of its own, beside the console's tab the lesson is in. */
const AUTHENTICATOR_PATH = "/authenticator";

type Placement = "bottom" | "top";
/**
 * The control's box, and, while it holds a disclosure open (the account menu with its Sign Out), the
 * box around both: the learner's next click is in there.
 */
function withOpenDisclosure(element: Element): { left: number; right: number; top: number; bottom: number } {
  const box = element.getBoundingClientRect();
  const controlled = element.getAttribute("aria-expanded") === "true" && document.getElementById(element.getAttribute("aria-controls") ?? "");
  if (!controlled) return box;
  const open = controlled.getBoundingClientRect();
  return { left: Math.min(box.left, open.left), right: Math.max(box.right, open.right), top: Math.min(box.top, open.top), bottom: Math.max(box.bottom, open.bottom) };
}

/** The open lesson's panel, loaded only while a lesson is open (see tutorial-panel.tsx). */
export default function OpenLesson({ lessonId, milestones }: { lessonId: string; milestones: string[] }) {
  const lesson = findLesson(lessonId);
  const pathname = usePathname();
  if (!lesson) return null;
  // The lesson lives in the console's tab: here it neither moves on, nor points, nor closes.
  if (pathname === AUTHENTICATOR_PATH) return <ElsewhereNote lesson={lesson} />;
  return <LessonPanel lesson={lesson} milestones={milestones} pathname={pathname} />;
}

/** On the practice authenticator's tab: what the lesson is, and where it goes on. */
function ElsewhereNote({ lesson }: { lesson: Lesson }) {
  const { locale, messages } = useI18n();
  const m = messages.tutorial;
  const titleId = useId();
  const [hidden, setHidden] = useState(false);
  if (hidden) return null;
  return (
    <aside
      aria-labelledby={titleId}
      className="fixed right-2 bottom-2 left-2 z-50 rounded-sm border-t-4 border-line-strong bg-white p-3 text-sm text-squid shadow-xl sm:left-auto sm:w-72"
    >
      <p className="text-xs font-bold text-muted uppercase">{m.label}</p>
      <h2 id={titleId} className="font-bold">
        {lesson.title[locale]}
      </h2>
      <p className="mt-1 mb-2">{m.elsewhere}</p>
      <button type="button" className="btn-normal" onClick={() => setHidden(true)}>
        {m.hide}
      </button>
    </aside>
  );
}

function LessonPanel({ lesson, milestones, pathname }: { lesson: Lesson; milestones: string[]; pathname: string }) {
  const { locale, messages } = useI18n();
  const m = messages.tutorial;
  const titleId = useId();
  const bodyId = useId();
  const panel = useRef<HTMLElement>(null);
  const [index, setIndex] = useState(0);
  // A modal <dialog> makes the rest of the page inert, so while one is open the panel lives inside it.
  const [host, setHost] = useState<Element | null>(null);
  // Folded by the learner (on a phone, from the start); folded because unfolded it would cover the control.
  const [folded, setFolded] = useState(() => window.matchMedia(NARROW).matches);
  const [covering, setCovering] = useState(false);
  const [placement, setPlacement] = useState<Placement>("bottom");
  const [maxHeight, setMaxHeight] = useState<number | null>(null);
  // The panel's last measured heights, folded and unfolded, to know where either would fit.
  const heights = useRef({ folded: 0, unfolded: 0 });
  const shownFolded = folded || covering;
  const milestoneKey = milestones.join("\n");

  useEffect(() => {
    const reached = new Set(milestoneKey ? milestoneKey.split("\n") : []);
    let frame = 0;
    const evaluate = () => {
      frame = 0;
      const next = currentStepIndex(lesson, domProbe(pathname, reached));
      setIndex(next);
      const element = pointerTarget(lesson.steps[next].target);
      for (const marked of document.querySelectorAll(`[${CURRENT}]`)) if (marked !== element) marked.removeAttribute(CURRENT);
      element?.setAttribute(CURRENT, "");
      const dialogs = document.querySelectorAll("dialog[open]");
      setHost(dialogs.length > 0 ? dialogs[dialogs.length - 1] : document.body);
      keepClearOf(element);
    };
    // The panel never covers the control it points at: it goes to the edge of the screen away from the
    // control, shortened to the room there (its steps scroll) if need be, and folds to its current step
    // only where even that room is too small.
    const keepClearOf = (element: Element | undefined) => {
      const aside = panel.current;
      if (!aside) return;
      const box = aside.getBoundingClientRect();
      // Its whole height, however much of it a previous limit hid.
      heights.current[aside.dataset.folded === "true" ? "folded" : "unfolded"] = aside.scrollHeight + (box.height - aside.clientHeight);
      const target = element && withOpenDisclosure(element);
      const free = { bottom: window.innerHeight - 2 * MARGIN, top: window.innerHeight - 2 * MARGIN };
      if (target && target.left < box.right && box.left < target.right) {
        free.bottom = window.innerHeight - target.bottom - 2 * MARGIN;
        free.top = target.top - 2 * MARGIN;
      }
      const roomy = (height: number) => (["bottom", "top"] as const).find((where) => free[where] >= height);
      const larger = free.bottom >= free.top ? "bottom" : "top";
      const foldedHeight = heights.current.folded || box.height;
      const fold = () => {
        setCovering(!folded);
        setPlacement(roomy(foldedHeight) ?? larger);
        setMaxHeight(null);
      };
      if (folded) return fold();
      const unfolded = heights.current.unfolded || box.height;
      const where = roomy(unfolded);
      if (where) {
        setCovering(false);
        setPlacement(where);
        return setMaxHeight(null);
      }
      if (free[larger] < MIN_UNFOLDED) return fold();
      setCovering(false);
      setPlacement(larger);
      setMaxHeight(Math.floor(free[larger]));
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(evaluate);
    };
    evaluate();
    // Only attributes that show or hide things: the pointer's own attribute must not wake the observer.
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["open", "hidden", "aria-expanded", "src"] });
    document.addEventListener("input", schedule, true);
    // Scrolling the page or a dialog's body moves the control under or out from under the panel.
    document.addEventListener("scroll", schedule, true);
    window.addEventListener("resize", schedule);
    return () => {
      observer.disconnect();
      document.removeEventListener("input", schedule, true);
      document.removeEventListener("scroll", schedule, true);
      window.removeEventListener("resize", schedule);
      cancelAnimationFrame(frame);
      for (const marked of document.querySelectorAll(`[${CURRENT}]`)) marked.removeAttribute(CURRENT);
    };
  }, [lesson, pathname, milestoneKey, folded, shownFolded]);

  const step = lesson.steps[index];
  useEffect(() => {
    if (step.marks) tutorialStore.mark(step.marks);
  }, [step.marks]);

  if (!host) return null;
  const isLast = index === lesson.steps.length - 1;
  const text = step.text[locale];
  const showMe = () => {
    const element = pointerTarget(step.target);
    element?.scrollIntoView({ block: "center", behavior: "smooth" });
    if (element instanceof HTMLElement) element.focus({ preventScroll: true });
  };
  const showMeButton = step.target && (
    <button type="button" className="btn-normal" onClick={showMe}>
      {m.showMe}
    </button>
  );
  const closeButton = (
    <button type="button" aria-label={m.close} onClick={() => tutorialStore.close()} className="px-1 text-xl leading-none text-muted hover:text-squid">
      ×
    </button>
  );
  const foldButton = (
    <button
      type="button"
      aria-expanded={!shownFolded}
      aria-controls={shownFolded ? undefined : bodyId}
      aria-label={shownFolded ? m.unfold : m.fold}
      disabled={covering}
      onClick={() => setFolded(!folded)}
      className="px-1 text-lg leading-none text-muted hover:text-squid disabled:opacity-40"
    >
      <span aria-hidden="true">{shownFolded ? "▴" : "▾"}</span>
    </button>
  );
  const currentStep = (
    <section aria-live="polite" aria-label={m.currentStep} className={shownFolded ? "min-w-0 flex-1" : "mb-3 rounded-sm bg-page p-3"}>
      <p className="text-xs text-muted">{format(m.stepOf, { step: index + 1, total: lesson.steps.length })}</p>
      <h3 className={`font-bold ${shownFolded ? "truncate" : ""}`}>{text.title}</h3>
      {!shownFolded && <p className="mt-1">{text.body}</p>}
    </section>
  );

  return createPortal(
    <aside
      ref={panel}
      aria-labelledby={titleId}
      data-folded={shownFolded}
      style={{ ...(placement === "top" ? { top: MARGIN } : { bottom: MARGIN }), ...(maxHeight === null ? {} : { maxHeight }) }}
      className="fixed right-2 left-2 z-50 max-h-[85vh] overflow-y-auto rounded-sm border-t-4 border-orange bg-white p-3 text-left text-sm text-squid shadow-xl sm:left-auto sm:w-72 sm:p-4"
    >
      {shownFolded ? (
        <div className="flex items-center gap-2">
          <h2 id={titleId} className="sr-only">
            {lesson.title[locale]}
          </h2>
          {currentStep}
          {showMeButton}
          {foldButton}
          {closeButton}
        </div>
      ) : (
        <>
          <div className="mb-2 flex items-start justify-between gap-2">
            <div>
              <p className="text-xs font-bold text-muted uppercase">{m.label}</p>
              <h2 id={titleId} className="font-bold">
                {lesson.title[locale]}
              </h2>
            </div>
            <div className="flex items-center gap-1">
              {foldButton}
              {closeButton}
            </div>
          </div>
          <div id={bodyId}>
            {currentStep}
            <div className="mb-3 flex flex-wrap gap-2">
              {showMeButton}
              {isLast ? (
                <button type="button" className="btn-primary" onClick={() => tutorialStore.close()}>
                  {m.finish}
                </button>
              ) : (
                <button type="button" className="btn-link" onClick={() => tutorialStore.start(lesson.id)}>
                  {m.startOver}
                </button>
              )}
            </div>
            <ol aria-label={m.steps} className="space-y-1 text-xs">
              {lesson.steps.map((s, i) => (
                <li key={s.id} aria-current={i === index ? "step" : undefined} className={i === index ? "font-bold text-squid" : i < index ? "text-success" : "text-muted"}>
                  <span aria-hidden="true">{i < index ? "✔ " : i === index ? "▶ " : "○ "}</span>
                  {s.text[locale].title}
                  {i < index && <span className="sr-only"> ({m.done})</span>}
                </li>
              ))}
            </ol>
          </div>
        </>
      )}
    </aside>,
    host,
  );
}
