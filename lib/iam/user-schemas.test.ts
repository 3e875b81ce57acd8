import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../forms";
import { administratorOf, createUserSchema } from "./user-schemas";
import { iamPathSchema } from "./validation";

/** The first message of each bad field, as the form shows them. */
const issues = (input: unknown) => {
  const result = createUserSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
};
const valid = { userName: "bob", path: "", permissions: "selfManage", consoleAccess: true, password: "Bob-pass-2021" };

describe("the Create user form", () => {
  it("accepts AWS's user names and defaults the path to /", () => {
    expect(createUserSchema.parse({ ...valid, userName: "Bob.smith+dev=1,a@b_c-d" })).toMatchObject({ userName: "Bob.smith+dev=1,a@b_c-d", path: "/" });
    expect(createUserSchema.parse({ ...valid, userName: "a".repeat(64) }).userName).toHaveLength(64);
  });

  it("refuses names that are empty, too long, or hold spaces, markup, control or non-ASCII characters", () => {
    expect(issues({ ...valid, userName: "" })).toEqual({ userName: "validation.required" });
    expect(issues({ ...valid, userName: "   " })).toEqual({ userName: "validation.required" });
    expect(issues({ ...valid, userName: "a".repeat(65) }).userName).toBe("validation.tooLong");
    expect(issues({ ...valid, userName: "x".repeat(2000) }).userName).toBe("validation.tooLong");
    expect(issues({ ...valid, userName: "bob smith" })).toEqual({ userName: "validation.userName" });
    expect(issues({ ...valid, userName: "<b>bob</b>" })).toEqual({ userName: "validation.userName" });
    expect(issues({ ...valid, userName: "bob\u0000" }).userName).toBe("validation.controlCharacters");
    expect(issues({ ...valid, userName: "사용자" })).toEqual({ userName: "validation.userName" });
    expect(issues({ ...valid, userName: "bob/dev" })).toEqual({ userName: "validation.userName" });
  });

  it("accepts AWS's paths and refuses the rest", () => {
    for (const path of ["/", "/developers/", "/a/b/", "/test//double/", `/${"p".repeat(510)}/`]) {
      expect(iamPathSchema.safeParse(path).success, path).toBe(true);
    }
    for (const path of ["developers", "/developers", "developers/", "//", "/with space/", "/한글/"]) {
      expect(iamPathSchema.safeParse(path).error?.issues[0].message, path).toBe("adminValidation.iamPath");
    }
    expect(issues({ ...valid, path: `/${"p".repeat(511)}/` }).path).toBe("validation.tooLong");
    expect(issues({ ...valid, path: "/<script>/" }).path).toBe("validation.noMarkup");
  });

  it("needs a password with console access (the account's password policy is the domain's to check), and drops any password without it", () => {
    expect(issues({ ...valid, password: "" })).toEqual({ password: "validation.required" });
    expect(issues({ ...valid, password: "short" })).toEqual({});
    expect(issues({ ...valid, password: "x".repeat(129) })).toEqual({ password: "validation.tooLong" });
    expect(issues({ ...valid, password: undefined }).password).toBe("validation.required");
    expect(createUserSchema.parse({ ...valid, consoleAccess: false, password: "ignored" })).toEqual({
      userName: "bob",
      path: "/",
      permissions: "selfManage",
      consoleAccess: false,
    });
  });

  it("reports every bad field at once", () => {
    expect(Object.keys(issues({ userName: "bad name", path: "nope", permissions: "none", consoleAccess: true, password: "" })).sort()).toEqual([
      "password",
      "path",
      "userName",
    ]);
  });

  it("takes only booleans for the check box and one of the three permission choices", () => {
    expect(issues({ ...valid, permissions: "on" }).permissions).toBeDefined();
    expect(issues({ ...valid, consoleAccess: "true" }).consoleAccess).toBeDefined();
  });

  it("gives createUser AdministratorAccess, AWS's self-management policy, or no policy at all", () => {
    expect(["administrator", "selfManage", "none"].map((p) => administratorOf(p as "none"))).toEqual([true, false, undefined]);
  });
});
