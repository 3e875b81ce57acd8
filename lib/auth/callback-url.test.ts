import { describe, expect, it } from "vitest";
import { HOME_PATH, safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackUrl("/iam/users?x=1")).toBe("/iam/users?x=1");
  });

  it("turns anything that could leave the site into the dashboard", () => {
    for (const value of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null]) {
      expect(safeCallbackUrl(value)).toBe(HOME_PATH);
    }
  });
});
