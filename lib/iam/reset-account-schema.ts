import { z } from "zod";

/** The console's "Reset sandbox" confirmation: the caller types their account's 12-digit id. */
export const resetAccountSchema = (accountId: string) =>
  z.object({
    confirmation: z
      .string({ message: "validation.required" })
      .trim()
      .min(1, "validation.required")
      .refine((value) => value === accountId, "accountSettings.resetMismatch"),
  });
