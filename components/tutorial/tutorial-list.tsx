"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Panel } from "@/components/panel";
import type { ConsoleVersion } from "@/lib/iam/console-version";
import { LESSONS } from "@/lib/tutorial/lessons";
import { tutorialStore, useTutorialState } from "./tutorial-store";

/** The dashboard's lessons for the account's console, each opening the guided tutorial panel. */
export function TutorialList({ consoleVersion }: { consoleVersion: ConsoleVersion }) {
  const { locale, messages } = useI18n();
  const m = messages.tutorial;
  const open = useTutorialState();
  return (
    <Panel title={m.heading} className="mb-6" bodyClassName="">
      <ul className="divide-y divide-line">
        {LESSONS.filter((lesson) => lesson.consoleVersion === consoleVersion).map((lesson) => (
          <li key={lesson.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3">
            <span>
              <span className="block font-bold">{lesson.title[locale]}</span>
              <span className="block text-xs text-muted">{lesson.summary[locale]}</span>
            </span>
            <button
              type="button"
              className="btn-normal"
              aria-label={`${open?.lessonId === lesson.id ? m.restart : m.start}: ${lesson.title[locale]}`}
              onClick={() => tutorialStore.start(lesson.id)}
            >
              {open?.lessonId === lesson.id ? m.restart : m.start}
            </button>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
