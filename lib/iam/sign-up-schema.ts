import { z } from "zod";
import { accountNameSchema, emailSchema, newPasswordSchema } from "./validation";

/** The "Create a new AWS account" form. */
export const signUpSchema = z
  .object({
    email: emailSchema,
    accountName: accountNameSchema,
    password: newPasswordSchema,
    confirmPassword: z.string({ message: "validation.required" }).min(1, "validation.required"),
  })
  .refine((form) => form.password === form.confirmPassword, {
    path: ["confirmPassword"],
    message: "validation.passwordsDiffer",
  });
