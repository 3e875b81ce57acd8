import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/catalogues";
import { LESSONS } from "@/lib/tutorial/lessons";

const doc = fs.readFileSync("docs/playwright.md", "utf8");

/** Every string of a catalogue, by its key path. */
function flatten(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) for (const [p, s] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(p, s);
  return out;
}

describe("docs/playwright.md", () => {
  it("shows the example scenario exactly as the suite runs it", () => {
    expect(doc).toContain(fs.readFileSync("e2e/examples/iam-user-mfa.spec.ts", "utf8").trimEnd());
  });

  it("shows the AWS CLI and boto3 example exactly as the suite runs it", () => {
    expect(doc).toContain(fs.readFileSync("e2e/api-clients/example.spec.ts", "utf8").trimEnd());
  });

  it("lists locator names that the console shows, in English and Korean under the same message", () => {
    // The catalogues, and the lessons' titles (lesson data carries its own text).
    const en = flatten({ ...messagesFor("en"), lessons: LESSONS.map((l) => l.title.en) });
    const ko = flatten({ ...messagesFor("ko"), lessons: LESSONS.map((l) => l.title.ko) });
    const rows = [...doc.matchAll(/^\| [^|]* \| [^|]+ \| `([^`]+)` \| `([^`]+)` \|$/gm)].map((m) => [m[1], m[2]] as const);
    expect(rows.length).toBeGreaterThan(30);
    const unmatched = rows.filter(([english, korean]) => {
      // "Account menu: <…>" and "Start tutorial: <lesson title>": the fixed part is the message.
      const [enFixed, koFixed] = [english.split(": <")[0], korean.split(": <")[0]];
      // A message's "{user}" placeholder is written "<user>" in the doc.
      const asDoc = (value: string | undefined) => value?.replace(/\{(\w+)\}/g, "<$1>");
      return ![...en].some(([key, value]) => asDoc(value) === enFixed && asDoc(ko.get(key)) === koFixed);
    });
    expect(unmatched).toEqual([]);
  });
});
