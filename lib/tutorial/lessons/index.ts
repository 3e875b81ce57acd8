import type { Lesson } from "../lesson";
import { assignMfaDevice } from "./assign-mfa-device";
import { enableVirtualMfa } from "./enable-virtual-mfa";
import { forceMfa } from "./force-mfa";

/** Every lesson the dashboard offers, in its order. A new lesson is a file here and a line below. */
export const LESSONS: readonly Lesson[] = [enableVirtualMfa, assignMfaDevice, forceMfa];

export function findLesson(id: string | null | undefined): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
