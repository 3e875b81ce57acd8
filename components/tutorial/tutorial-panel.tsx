"use client";

import dynamic from "next/dynamic";
import { useTutorialState } from "./tutorial-store";

// The panel and its lessons' text load only once a lesson is open: the root layout renders this on
// every page, and most visits have no lesson open (first-load JavaScript, `npm run bench` figure 6).
const OpenLesson = dynamic(() => import("./open-lesson"), { ssr: false });

/** The guided tutorial, on every page while a lesson is open (started from the dashboard). */
export function TutorialPanel() {
  const state = useTutorialState();
  return state && <OpenLesson lessonId={state.lessonId} milestones={state.milestones} />;
}
