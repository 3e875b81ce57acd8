import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms";
import { resetAccountSchema } from "./reset-account-schema";

const schema = resetAccountSchema("123456789012");
const fieldErrors = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? null : fieldErrorsOf(result.error);
};

describe("resetAccountSchema", () => {
  it("accepts the caller's own account id, as typed or with spaces around it", () => {
    expect(schema.parse({ confirmation: "123456789012" })).toEqual({ confirmation: "123456789012" });
    expect(schema.parse({ confirmation: " 123456789012 " })).toEqual({ confirmation: "123456789012" });
  });

  it("refuses anything else with a message for the confirmation field", () => {
    for (const confirmation of ["123456789013", "1234 5678 9012", "reset", "mock-iam-demo"]) {
      expect(fieldErrors({ confirmation }), confirmation).toEqual({ confirmation: "accountSettings.resetMismatch" });
    }
    expect(fieldErrors({ confirmation: " " })).toEqual({ confirmation: "validation.required" });
    expect(fieldErrors({})).toEqual({ confirmation: "validation.required" });
  });
});
