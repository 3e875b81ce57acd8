import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { errorXml, successXml, XmlMap, xmlText } from "./xml";

// Every character XML 1.0 forbids, of each kind: C0 controls, lone surrogates (low before high: no pair),
// the two non-characters.
const FORBIDDEN = ["\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001F", "\uDFFF", "\uD800", "\uFFFE", "\uFFFF"];

describe("the XML writer", () => {
  it("cannot emit a character XML 1.0 forbids, from any field, and keeps the rest", () => {
    const bad = `a${FORBIDDEN.join("")}<&>"'\t\n 한 😀`;
    const success = successXml("iam", "ListMFADeviceTags", { Tags: [{ Key: bad, Value: bad }], Summary: new XmlMap({ [bad]: bad }) }, bad);
    const error = errorXml("iam", { type: "Sender", code: bad, message: bad }, bad);
    for (const xml of [success, error]) {
      expect(XMLValidator.validate(xml)).toBe(true);
      expect([...xml].filter((c) => FORBIDDEN.includes(c))).toEqual([]);
    }
    const parsed = new XMLParser({ trimValues: false }).parse(success).ListMFADeviceTagsResponse.ListMFADeviceTagsResult.Tags.member;
    expect(parsed.Value).toBe(`a${"\uFFFD".repeat(FORBIDDEN.length)}<&>"'\t\n 한 😀`);
  });

  it("replaces each forbidden character with U+FFFD, so no value turns into another", () => {
    expect(xmlText("a\u0001b")).toBe("a\uFFFDb");
    expect(xmlText("a\u0001b")).not.toBe(xmlText("ab"));
    expect(xmlText("😀\uD83D")).toBe("😀\uFFFD");
  });
});
