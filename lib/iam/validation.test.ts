import { describe, expect, it } from "vitest";
import { signUpSchema } from "./sign-up-schema";
import { accountAliasSchema, emailSchema, newPasswordSchema, text, userNameSchema } from "./validation";

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? undefined : result.error?.issues[0]?.message;

describe("input rules", () => {
  it("accepts AWS's user-name characters up to 64, and nothing else", () => {
    expect(userNameSchema.safeParse("Bob.smith+dev=1,a@b_c-d").success).toBe(true);
    expect(firstMessage(userNameSchema.safeParse("a".repeat(65)))).toBe("validation.tooLong");
    expect(firstMessage(userNameSchema.safeParse("bob smith"))).toBe("validation.userName");
    expect(firstMessage(userNameSchema.safeParse("<script>alert(1)</script>"))).toBe("validation.userName");
    expect(firstMessage(userNameSchema.safeParse("   "))).toBe("validation.required");
  });

  it("refuses control characters and values over 1 KB in any text field", () => {
    expect(firstMessage(text(128).safeParse("ab\u0000c"))).toBe("validation.controlCharacters");
    expect(firstMessage(text(128).safeParse("ab\u001bc"))).toBe("validation.controlCharacters");
    expect(firstMessage(text(5000).safeParse("한".repeat(400)))).toBe("validation.tooLong");
  });

  it("applies AWS's alias rules", () => {
    expect(accountAliasSchema.safeParse("my-class-2021").success).toBe(true);
    for (const bad of ["ab", "-abc", "abc-", "a--b", "ABC", "123456789012", "a_b"]) {
      expect(accountAliasSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("lower-cases e-mail addresses", () => {
    expect(emailSchema.parse(" Root@Example.COM ")).toBe("root@example.com");
    expect(firstMessage(emailSchema.safeParse("not-an-email"))).toBe("validation.email");
  });

  it("enforces the root password policy", () => {
    expect(newPasswordSchema.safeParse("Abcdef1!").success).toBe(true);
    expect(newPasswordSchema.safeParse("abcdef12").success).toBe(false);
    expect(newPasswordSchema.safeParse("Ab1!").success).toBe(false);
    expect(firstMessage(newPasswordSchema.safeParse(`Aa1!${"x".repeat(130)}`))).toBe("validation.tooLong");
  });

  it("reports a confirmation that differs on the confirmation field", () => {
    const result = signUpSchema.safeParse({
      email: "a@b.co",
      accountName: "Class",
      password: "Abcdef1!",
      confirmPassword: "Abcdef1?",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["confirmPassword"], message: "validation.passwordsDiffer" });
  });
});
