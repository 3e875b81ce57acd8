import { describe, expect, it } from "vitest";
import { parseTemplate, resolveVariable } from "./policy-variables";

describe("policy variables", () => {
  it("split text, variables with defaults and the special characters", () => {
    expect(parseTemplate("home/${aws:username}/*")).toEqual([
      { kind: "text", text: "home/" },
      { kind: "variable", key: "aws:username" },
      { kind: "text", text: "/*" },
    ]);
    expect(parseTemplate("${aws:userid, 'anonymous'}${*}")).toEqual([
      { kind: "variable", key: "aws:userid", fallback: "anonymous" },
      { kind: "literal", text: "*" },
    ]);
    expect(parseTemplate("${ aws:PrincipalTag/team , 'it''s' }")).toEqual([{ kind: "variable", key: "aws:principaltag/team", fallback: "it's" }]);
  });

  it("leave malformed variables as text", () => {
    expect(parseTemplate("${}x${a b}${unclosed")).toEqual([{ kind: "text", text: "${}x${a b}${unclosed" }]);
  });

  it("resolve to the key's single value, else the default, else nothing", () => {
    const variable = { kind: "variable" as const, key: "k", fallback: "d" };
    expect(resolveVariable(variable, () => ["v"])).toBe("v");
    expect(resolveVariable(variable, () => undefined)).toBe("d");
    expect(resolveVariable({ kind: "variable", key: "k" }, () => undefined)).toBeNull();
    expect(resolveVariable({ kind: "variable", key: "k" }, () => ["a", "b"])).toBeNull();
  });
});
