import { describe, expect, it } from "vitest";
import { formatDateTime, formatTime, isTimeZone, zoneLabel } from "./format-date";

const at = new Date("2026-11-29T05:54:31Z");

// English puts a narrow no-break space (U+202F) before AM and PM, as CLDR has it.
describe("formatDateTime", () => {
  it("shows the reader's zone in the reader's language, the zone named as AWS names it", () => {
    expect(formatDateTime(at, "ko", "Asia/Seoul")).toBe("2026. 11. 29. 오후 2:54:31 (UTC+09:00)");
    expect(formatDateTime(at, "en", "Asia/Seoul")).toBe("Nov 29, 2026, 2:54:31\u202fPM (UTC+09:00)");
    expect(formatDateTime(at, "en", "America/New_York")).toBe("Nov 29, 2026, 12:54:31\u202fAM (UTC-05:00)");
    expect(formatDateTime(at, "ko", "America/New_York")).toBe("2026. 11. 29. 오전 12:54:31 (UTC-05:00)");
    expect(formatDateTime(at, "en", "UTC")).toBe("Nov 29, 2026, 5:54:31\u202fAM (UTC+00:00)");
  });

  it("names the offset in force at that instant (daylight saving time)", () => {
    expect(zoneLabel(new Date("2026-07-01T12:00:00Z"), "America/New_York")).toBe("UTC-04:00");
    expect(zoneLabel(new Date("2026-07-01T12:00:00Z"), "Asia/Kolkata")).toBe("UTC+05:30");
  });

  it("writes a time of day alone for a lockout's end", () => {
    expect(formatTime(new Date("2026-11-29T06:27:04Z"), "ko", "Asia/Seoul")).toBe("오후 3:27:04 (UTC+09:00)");
  });
});

describe("isTimeZone", () => {
  it("accepts the zones browsers report and nothing else", () => {
    expect(isTimeZone("Asia/Seoul")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(isTimeZone("x".repeat(65))).toBe(false);
  });
});
