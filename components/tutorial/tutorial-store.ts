"use client";

import { useSyncExternalStore } from "react";

// The open lesson and its milestones live in this browser's localStorage: the panel follows the learner
// across pages, sign-out and sign-in (the server never needs to know), and closes when asked.

export type TutorialState = { lessonId: string; milestones: string[] };

const KEY = "mock-iam:tutorial";
const CHANGED = "mock-iam:tutorial-changed";

function read(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function write(state: TutorialState | null): void {
  try {
    if (state) window.localStorage.setItem(KEY, JSON.stringify(state));
    else window.localStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode, quota): the panel simply does not survive a reload.
  }
  window.dispatchEvent(new Event(CHANGED));
}

function parse(raw: string | null): TutorialState | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<TutorialState>;
    if (typeof value.lessonId !== "string" || !Array.isArray(value.milestones)) return null;
    return { lessonId: value.lessonId, milestones: value.milestones.filter((m): m is string => typeof m === "string") };
  } catch {
    return null;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener("storage", onChange);
  };
}

/** The stored state as its raw string, so React compares snapshots by value; null on the server. */
export function useTutorialState(): TutorialState | null {
  return parse(useSyncExternalStore(subscribe, read, () => null));
}

export const tutorialStore = {
  start(lessonId: string) {
    write({ lessonId, milestones: [] });
  },
  mark(milestone: string) {
    const state = parse(read());
    if (state && !state.milestones.includes(milestone)) write({ ...state, milestones: [...state.milestones, milestone] });
  },
  close() {
    write(null);
  },
};
