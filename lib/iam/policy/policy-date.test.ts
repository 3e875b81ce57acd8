import { describe, expect, it } from "vitest";
import { parsePolicyDate } from "./policy-date";

// IAM's date grammar: AWS accepted or refused these values in CreatePolicy (LocalStack's recording of
// AWS, 2026-02; see parse-policy-document.test.ts); the instants are ISO 8601's.

const at = (iso: string) => Date.parse(iso);

describe("parsePolicyDate", () => {
  it("reads full and partial ISO 8601 date-times in UTC", () => {
    expect(parsePolicyDate("2019-07-01T13:20:15Z")).toBe(at("2019-07-01T13:20:15Z"));
    expect(parsePolicyDate("2019-07-01t13:20:15z")).toBe(at("2019-07-01T13:20:15Z"));
    expect(parsePolicyDate("2019-07-01")).toBe(at("2019-07-01T00:00:00Z"));
    expect(parsePolicyDate("2019-07")).toBe(at("2019-07-01T00:00:00Z"));
    expect(parsePolicyDate("2019-07-01T13:20")).toBe(at("2019-07-01T13:20:00Z"));
    expect(parsePolicyDate("2016-12-13T21:20:37.593194+00:00")).toBe(at("2016-12-13T21:20:37.593Z"));
  });

  it("applies a zone offset", () => {
    expect(parsePolicyDate("2016-12-13t2:00:00.5+23")).toBe(at("2016-12-12T03:00:00.500Z"));
    expect(parsePolicyDate("2020-01-01T09:00:00+09:30")).toBe(at("2019-12-31T23:30:00Z"));
    expect(parsePolicyDate("2020-01-01T09:00:00-05:00")).toBe(at("2020-01-01T14:00:00Z"));
  });

  it("reads a whole number as seconds since the epoch", () => {
    expect(parsePolicyDate("1526948400")).toBe(1526948400_000);
    expect(parsePolicyDate("0")).toBe(0);
  });

  it("keeps years 0 to 99 as written and orders years beyond JavaScript's range", () => {
    expect(new Date(parsePolicyDate("0099-01-01") as number).getUTCFullYear()).toBe(99);
    expect(parsePolicyDate("01T")).toBe(at("0001-01-01T00:00:00Z"));
    expect(parsePolicyDate("-292275054")).toBe(-Infinity);
    expect(parsePolicyDate("292278993-12-31")).toBe(Infinity);
  });

  it("refuses what IAM's legacy parser refuses", () => {
    for (const value of ["sdfdsf", "234-13", "2016-12-13t2:00:00.593194+1", "2016-12-13t2:00:00.1999999999+10:59", "9223372036854775808", "2016-", "2016-12-32", "2016-01-01T24:00", "2016-01-01T10:60", "2016-01-01T10:00:60", "2016-01-01-01", "-292275055", "2016-01-01T10:00:00Zx", "1.5", ""]) {
      expect(parsePolicyDate(value), value).toBeNull();
    }
  });
});
