import { describe, expect, it } from "vitest";
import { en } from "./en";
import { ko } from "./ko";
import { format, localeFromAcceptLanguage, lookup } from "./messages";

function leaves(node: unknown, prefix = ""): [string, unknown][] {
  if (typeof node !== "object" || node === null) return [[prefix, node]];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

describe("message catalogues", () => {
  it("have the same keys in Korean and English, none empty", () => {
    const enLeaves = leaves(en);
    const koLeaves = leaves(ko);
    expect(koLeaves.map(([key]) => key)).toEqual(enLeaves.map(([key]) => key));
    for (const [key, value] of [...enLeaves, ...koLeaves]) {
      expect(typeof value, key).toBe("string");
      expect((value as string).trim(), key).not.toBe("");
    }
  });

  it("use the tutorial's Korean labels", () => {
    expect(ko.nav.securityCredentials).toBe("보안 자격 증명");
    expect(ko.signIn.rootUser).toBe("루트 사용자");
    expect(ko.signIn.accountIdOrAlias).toBe("계정 ID(12자리) 또는 계정 별칭");
  });
});

describe("localeFromAcceptLanguage", () => {
  it("picks the first supported language by q-value", () => {
    expect(localeFromAcceptLanguage("ko-KR,ko;q=0.9,en-US;q=0.8")).toBe("ko");
    expect(localeFromAcceptLanguage("fr-FR,en;q=0.5,ko;q=0.9")).toBe("ko");
    expect(localeFromAcceptLanguage("en-GB")).toBe("en");
  });

  it("falls back to English for unsupported, empty or malformed headers", () => {
    expect(localeFromAcceptLanguage("fr,de;q=0.5")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("en");
    expect(localeFromAcceptLanguage(";;;q=x,")).toBe("en");
    expect(localeFromAcceptLanguage("ko;q=0")).toBe("en");
  });
});

describe("lookup and format", () => {
  it("finds dotted keys and falls back to the generic error", () => {
    expect(lookup(ko, "validation.required")).toBe(ko.validation.required);
    expect(lookup(en, "no.such.key")).toBe(en.common.genericError);
    expect(lookup(en, "validation")).toBe(en.common.genericError);
  });

  it("fills placeholders and leaves unknown ones", () => {
    expect(format("{done} of {total} {x}", { done: 1, total: 2 })).toBe("1 of 2 {x}");
  });

  it("picks each language's plural form", () => {
    const wait = "Wait {seconds, plural, one {# second} other {# seconds}}, then type the newest code.";
    expect(format(wait, { seconds: 1 }, "en")).toBe("Wait 1 second, then type the newest code.");
    expect(format(wait, { seconds: 5 }, "en")).toBe("Wait 5 seconds, then type the newest code.");
    expect(format(wait, { seconds: 0 }, "en")).toBe("Wait 0 seconds, then type the newest code.");
    expect(format("{n, plural, =0 {none} other {# left}}", { n: 0 }, "en")).toBe("none");
    expect(format("{seconds, plural, other {#초}} 후", { seconds: 1 }, "ko")).toBe("1초 후");
  });

  it("writes every count in the catalogues with its plural form", () => {
    const counts = /\{(seconds|days|count|n|limit)\}/;
    for (const [key, value] of [...leaves(en), ...leaves(ko)]) expect(value as string, key).not.toMatch(counts);
    expect(format(en.mfaSignIn.wait, { seconds: 1 }, "en")).toBe("Too many incorrect codes. Wait 1 second, then type the newest code.");
    expect(format(ko.mfaSignIn.wait, { seconds: 1 }, "ko")).toBe("잘못된 코드가 너무 많습니다. 1초 후에 최신 코드를 입력하십시오.");
  });
});
