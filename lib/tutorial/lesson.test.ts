import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/messages";
import { currentStepIndex, holds, type Lesson, type PageProbe } from "./lesson";
import { findLesson, LESSONS } from "./lessons";

type Page = { path: string; visible?: string[]; values?: Record<string, string>; milestones?: string[] };

function probe({ path, visible = [], values = {}, milestones = [] }: Page): PageProbe {
  return { path, isVisible: (t) => visible.includes(t), valueOf: (t) => values[t] ?? null, milestones: new Set(milestones) };
}

function readTsx(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? readTsx(file) : file.endsWith(".tsx") ? [fs.readFileSync(file, "utf8")] : [];
  });
}

const stepAt = (lesson: Lesson, page: Page) => lesson.steps[currentStepIndex(lesson, probe(page))].id;

describe("lesson conditions", () => {
  const page = probe({ path: "/iam/security-credentials", visible: ["a"], values: { code: "123456" }, milestones: ["m"] });

  it("match a path and the paths below it, not a longer name", () => {
    expect(holds({ path: "/iam/security-credentials" }, page)).toBe(true);
    expect(holds({ path: "/iam" }, page)).toBe(true);
    expect(holds({ path: "/iam/security" }, page)).toBe(false);
  });

  it("read what is visible, what a field holds and what was reached, and combine", () => {
    expect(holds({ visible: "a" }, page)).toBe(true);
    expect(holds({ visible: "b" }, page)).toBe(false);
    expect(holds({ filled: "code", pattern: "^\\d{6}$" }, page)).toBe(true);
    expect(holds({ filled: "other", pattern: "^\\d{6}$" }, page)).toBe(false);
    expect(holds({ milestone: "m" }, page)).toBe(true);
    expect(holds({ not: { visible: "a" } }, page)).toBe(false);
    expect(holds({ all: [{ visible: "a" }, { milestone: "m" }] }, page)).toBe(true);
    expect(holds({ all: [{ visible: "a" }, { milestone: "x" }] }, page)).toBe(false);
    expect(holds({ any: [{ visible: "b" }, { milestone: "m" }] }, page)).toBe(true);
    expect(holds({ all: [] }, page)).toBe(true);
  });
});

describe("the Enable a virtual MFA device lesson", () => {
  const lesson = findLesson("enable-virtual-mfa")!;
  const setUp = ["set-up-virtual-mfa", "show-qr-code", "mfa-code-1", "mfa-code-2"];

  it("follows the tutorial's steps from what the page shows", () => {
    expect(stepAt(lesson, { path: "/iam/home" })).toBe("security-credentials");
    expect(stepAt(lesson, { path: "/iam/users" })).toBe("security-credentials");
    expect(stepAt(lesson, { path: "/iam/security-credentials", visible: ["mfa-section"] })).toBe("mfa-section");
    expect(stepAt(lesson, { path: "/iam/security-credentials", visible: ["mfa-section", "activate-mfa"] })).toBe("activate-mfa");
    expect(stepAt(lesson, { path: "/iam/security-credentials", visible: ["manage-mfa-device", "continue"] })).toBe("virtual-device");
    expect(stepAt(lesson, { path: "/iam/security-credentials", visible: setUp })).toBe("show-qr-code");
    expect(stepAt(lesson, { path: "/iam/security-credentials", visible: [...setUp, "qr-code"] })).toBe("two-codes");
    expect(stepAt(lesson, { path: "/iam/security-credentials", visible: [...setUp, "secret-key"] })).toBe("two-codes");
    expect(stepAt(lesson, { path: "/iam/security-credentials", visible: [...setUp, "qr-code"], values: { "mfa-code-1": "123456" } })).toBe("two-codes");
    expect(
      stepAt(lesson, { path: "/iam/security-credentials", visible: [...setUp, "qr-code"], values: { "mfa-code-1": "123456", "mfa-code-2": "65432" } }),
    ).toBe("two-codes");
    expect(
      stepAt(lesson, { path: "/iam/security-credentials", visible: [...setUp, "qr-code"], values: { "mfa-code-1": "123456", "mfa-code-2": " 654321 " } }),
    ).toBe("assign-mfa");
    expect(stepAt(lesson, { path: "/iam/security-credentials", visible: ["mfa-assigned"] })).toBe("check-app");
    expect(stepAt(lesson, { path: "/iam/security-credentials", milestones: ["assigned"] })).toBe("sign-in-again");
    expect(stepAt(lesson, { path: "/signin", milestones: ["assigned"] })).toBe("sign-in-again");
    expect(stepAt(lesson, { path: "/signin/mfa", visible: ["mfa-code"], milestones: ["assigned"] })).toBe("mfa-code");
    expect(stepAt(lesson, { path: "/iam/home", milestones: ["assigned", "challenged"] })).toBe("done");
  });

  it("goes back with the learner: a cancelled wizard points at Activate MFA again", () => {
    expect(stepAt(lesson, { path: "/iam/security-credentials", visible: ["mfa-section", "activate-mfa"] })).toBe("activate-mfa");
    expect(stepAt(lesson, { path: "/signin", milestones: [] })).toBe("security-credentials");
  });

  it("marks the milestones its later steps wait for", () => {
    const marks = lesson.steps.flatMap((step) => (step.marks ? [step.marks] : []));
    expect(marks).toEqual(["assigned", "challenged"]);
  });
});

describe("the Assign an MFA device lesson (the current console)", () => {
  const lesson = findLesson("assign-mfa-device")!;
  const path = "/iam/security-credentials";
  const setUp = ["set-up-device", "show-qr-code", "mfa-code-1", "mfa-code-2"];

  it("follows today's flow from what the page shows", () => {
    expect(stepAt(lesson, { path: "/iam/home" })).toBe("security-credentials");
    expect(stepAt(lesson, { path, visible: ["assign-mfa-device"] })).toBe("assign-mfa-device");
    expect(stepAt(lesson, { path, visible: ["select-mfa-device", "device-name"] })).toBe("device-name");
    expect(stepAt(lesson, { path, visible: ["select-mfa-device"], values: { "device-name": "my phone" } })).toBe("device-name");
    expect(stepAt(lesson, { path, visible: ["select-mfa-device"], values: { "device-name": "my-phone" } })).toBe("authenticator-app");
    expect(stepAt(lesson, { path, visible: setUp })).toBe("show-qr-code");
    expect(stepAt(lesson, { path, visible: [...setUp, "secret-key"] })).toBe("two-codes");
    expect(stepAt(lesson, { path, visible: [...setUp, "qr-code"], values: { "mfa-code-1": "123456", "mfa-code-2": "654321" } })).toBe("add-mfa");
    expect(stepAt(lesson, { path, visible: ["mfa-device-assigned", "assign-mfa-device"] })).toBe("assigned");
    expect(stepAt(lesson, { path: "/signin/mfa", visible: ["mfa-code"], milestones: ["assigned"] })).toBe("mfa-code");
    expect(stepAt(lesson, { path: "/iam/home", milestones: ["assigned", "challenged"] })).toBe("done");
  });

  it("meets the root user at the sign-in's MFA prompt and goes on with the same wizard", () => {
    expect(stepAt(lesson, { path: "/signin/register-mfa", visible: ["assign-mfa-device"] })).toBe("root-prompt");
    expect(stepAt(lesson, { path: "/signin/register-mfa", visible: ["select-mfa-device", "device-name"] })).toBe("device-name");
  });
});

describe("the Force MFA lesson", () => {
  const lesson = findLesson("force-mfa")!;
  const setUp = ["set-up-virtual-mfa", "show-qr-code", "mfa-code-1", "mfa-code-2"];
  const userHalf = ["required", "attaching", "signing-in"];

  it("walks the administrator's half: the account's Force_MFA, a user without other policies, IAMReadOnlyAccess", () => {
    expect(stepAt(lesson, { path: "/iam/home" })).toBe("require-mfa");
    expect(stepAt(lesson, { path: "/iam/account-settings", visible: ["require-mfa-api"] })).toBe("require-mfa");
    expect(stepAt(lesson, { path: "/iam/account-settings", visible: ["require-mfa-api", "require-mfa-on"] })).toBe("users");
    expect(stepAt(lesson, { path: "/iam/users", milestones: ["required"] })).toBe("create-user");
    expect(stepAt(lesson, { path: "/iam/users/create", visible: ["permissions-none"], milestones: ["required"] })).toBe("user-details");
    expect(stepAt(lesson, { path: "/iam/users/details/ana", visible: ["permissions-tab"], milestones: ["required"] })).toBe("permissions");
    expect(stepAt(lesson, { path: "/iam/users/details/ana", visible: ["permissions-tab", "attach-policies", "policy-filter"], milestones: ["required"] })).toBe("attach");
    expect(stepAt(lesson, { path: "/iam/users/details/ana", visible: ["permissions-tab"], milestones: ["required", "attaching"] })).toBe("sign-out");
    expect(stepAt(lesson, { path: "/signin", visible: ["sign-in"], milestones: ["required", "attaching"] })).toBe("sign-in");
  });

  it("walks the user's half: denied, MFA set up, signed in with a code, allowed", () => {
    expect(stepAt(lesson, { path: "/iam/home", milestones: userHalf })).toBe("open-users");
    expect(stepAt(lesson, { path: "/iam/users", visible: ["access-denied"], milestones: userHalf })).toBe("denied");
    const denied = [...userHalf, "denied"];
    expect(stepAt(lesson, { path: "/iam/security-credentials", visible: ["activate-mfa"], milestones: denied })).toBe("assign-mfa-device");
    expect(stepAt(lesson, { path: "/iam/security-credentials", visible: ["manage-mfa-device", "continue"], milestones: denied })).toBe("virtual-device");
    expect(stepAt(lesson, { path: "/iam/security-credentials", visible: setUp, milestones: denied })).toBe("show-qr-code");
    expect(stepAt(lesson, { path: "/iam/security-credentials", visible: [...setUp, "secret-key"], milestones: denied })).toBe("two-codes");
    expect(
      stepAt(lesson, { path: "/iam/security-credentials", visible: [...setUp, "secret-key"], values: { "mfa-code-1": "123456", "mfa-code-2": "654321" }, milestones: denied }),
    ).toBe("assign-mfa");
    expect(stepAt(lesson, { path: "/iam/security-credentials", visible: ["mfa-assigned"], milestones: denied })).toBe("assigned");
    const assigned = [...denied, "assigned"];
    expect(stepAt(lesson, { path: "/signin", milestones: assigned })).toBe("sign-in-again");
    expect(stepAt(lesson, { path: "/signin/mfa", visible: ["mfa-code"], milestones: assigned })).toBe("mfa-code");
    expect(stepAt(lesson, { path: "/iam/home", milestones: [...assigned, "challenged"] })).toBe("users-again");
    expect(stepAt(lesson, { path: "/iam/users", milestones: [...assigned, "challenged"] })).toBe("done");
    expect(stepAt(lesson, { path: "/iam/users", visible: ["access-denied"], milestones: [...assigned, "challenged"] })).toBe("users-again");
  });

  it("names GetSessionToken with a code in its last step, in both languages", () => {
    const last = lesson.steps.at(-1)!;
    for (const locale of LOCALES) expect(last.text[locale].body).toContain("aws sts get-session-token --serial-number");
  });
});

describe("every lesson", () => {
  // The names the console's components carry: data-tutorial="…", tutorialTarget="…", and the side
  // navigation's nav-<last part of the link>.
  const sources = ["app", "components"].flatMap(readTsx);
  const named = new Set(sources.flatMap((text) => [...text.matchAll(/(?:data-tutorial|tutorialTarget)=\{?"([\w-]+)"/g)].map((m) => m[1])));
  for (const text of sources) if (text.includes("data-tutorial={`nav-")) for (const m of text.matchAll(/href: "\/iam\/([\w-]+)"/g)) named.add(`nav-${m[1]}`);
  for (const text of sources) for (const m of text.matchAll(/tutorialTargets \? "([\w-]+)"/g)) named.add(m[1]);
  // Lists of choices name each choice's control as `tutorial: "…"` (the current wizard's device options).
  for (const text of sources) for (const m of text.matchAll(/tutorial: "([\w-]+)"/g)) named.add(m[1]);
  // …or only for one of them: `tutorial: id === "permissions" ? "permissions-tab" : undefined` (a user's tabs).
  for (const text of sources) for (const m of text.matchAll(/tutorial: [^,}]*\? "([\w-]+)"/g)) named.add(m[1]);

  for (const lesson of LESSONS) {
    describe(lesson.id, () => {
      it("has unique step ids, a first step that holds everywhere, and text in every language", () => {
        expect(new Set(lesson.steps.map((s) => s.id)).size).toBe(lesson.steps.length);
        expect(currentStepIndex(lesson, probe({ path: "/" }))).toBe(0);
        expect(holds(lesson.steps[0].at, probe({ path: "/anywhere" }))).toBe(true);
        for (const locale of LOCALES) {
          expect(lesson.title[locale]).not.toBe("");
          expect(lesson.summary[locale]).not.toBe("");
          for (const step of lesson.steps) {
            expect(step.text[locale].title, `${step.id} ${locale}`).not.toBe("");
            expect(step.text[locale].body, `${step.id} ${locale}`).not.toBe("");
          }
        }
      });

      it("points only at controls the console has", () => {
        const targets = lesson.steps.flatMap((s) => (s.target === undefined ? [] : typeof s.target === "string" ? [s.target] : s.target));
        expect(targets.filter((t) => !named.has(t))).toEqual([]);
      });
    });
  }
});
