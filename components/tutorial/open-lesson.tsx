"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { createPortal } from "react-dom";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format } from "@/lib/i18n/messages";
import { currentStepIndex, type Lesson } from "@/lib/tutorial/lesson";
import { findLesson } from "@/lib/tutorial/lessons";
import { domProbe, visibleTarget } from "./page-probe";
import { tutorialStore } from "./tutorial-store";

const CURRENT = "data-tutorial-current";

/** The open lesson's panel, loaded only while a lesson is open (see tutorial-panel.tsx). */
export default function OpenLesson({ lessonId, milestones }: { lessonId: string; milestones: string[] }) {
  const lesson = findLesson(lessonId);
  return lesson ? <LessonPanel lesson={lesson} milestones={milestones} /> : null;
}

function LessonPanel({ lesson, milestones }: { lesson: Lesson; milestones: string[] }) {
  const pathname = usePathname();
  const { locale, messages } = useI18n();
  const m = messages.tutorial;
  const titleId = useId();
  const [index, setIndex] = useState(0);
  // A modal <dialog> makes the rest of the page inert, so while one is open the panel lives inside it.
  const [host, setHost] = useState<Element | null>(null);
  const milestoneKey = milestones.join("\n");

  useEffect(() => {
    const reached = new Set(milestoneKey ? milestoneKey.split("\n") : []);
    let frame = 0;
    const evaluate = () => {
      frame = 0;
      const next = currentStepIndex(lesson, domProbe(pathname, reached));
      setIndex(next);
      const target = lesson.steps[next].target;
      const element = target ? visibleTarget(target) : undefined;
      for (const marked of document.querySelectorAll(`[${CURRENT}]`)) if (marked !== element) marked.removeAttribute(CURRENT);
      element?.setAttribute(CURRENT, "");
      const dialogs = document.querySelectorAll("dialog[open]");
      setHost(dialogs.length > 0 ? dialogs[dialogs.length - 1] : document.body);
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(evaluate);
    };
    evaluate();
    // Only attributes that show or hide things: the pointer's own attribute must not wake the observer.
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["open", "hidden", "aria-expanded", "src"] });
    document.addEventListener("input", schedule, true);
    return () => {
      observer.disconnect();
      document.removeEventListener("input", schedule, true);
      cancelAnimationFrame(frame);
      for (const marked of document.querySelectorAll(`[${CURRENT}]`)) marked.removeAttribute(CURRENT);
    };
  }, [lesson, pathname, milestoneKey]);

  const step = lesson.steps[index];
  useEffect(() => {
    if (step.marks) tutorialStore.mark(step.marks);
  }, [step.marks]);

  if (!host) return null;
  const isLast = index === lesson.steps.length - 1;
  const text = step.text[locale];
  const showMe = () => {
    const element = step.target ? visibleTarget(step.target) : undefined;
    element?.scrollIntoView({ block: "center", behavior: "smooth" });
    if (element instanceof HTMLElement) element.focus({ preventScroll: true });
  };

  return createPortal(
    <aside
      aria-labelledby={titleId}
      className="fixed right-4 bottom-4 z-50 max-h-[85vh] w-64 overflow-y-auto rounded-sm border-t-4 border-orange bg-white p-4 text-left text-sm text-squid shadow-xl"
    >
      <div className="mb-2 flex items-start justify-between gap-2">
        <div>
          <p className="text-xs font-bold text-muted uppercase">{m.label}</p>
          <h2 id={titleId} className="font-bold">
            {lesson.title[locale]}
          </h2>
        </div>
        <button type="button" aria-label={m.close} onClick={() => tutorialStore.close()} className="px-1 text-xl leading-none text-muted hover:text-squid">
          ×
        </button>
      </div>
      <section aria-live="polite" aria-label={m.currentStep} className="mb-3 rounded-sm bg-page p-3">
        <p className="text-xs text-muted">{format(m.stepOf, { step: index + 1, total: lesson.steps.length })}</p>
        <h3 className="font-bold">{text.title}</h3>
        <p className="mt-1">{text.body}</p>
      </section>
      <div className="mb-3 flex flex-wrap gap-2">
        {step.target && (
          <button type="button" className="btn-normal" onClick={showMe}>
            {m.showMe}
          </button>
        )}
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
    </aside>,
    host,
  );
}
