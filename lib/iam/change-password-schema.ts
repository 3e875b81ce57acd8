import { z } from "zod";
import { newConsolePasswordSchema, passwordSchema } from "./validation";

/** The console's "Change password" form: the current password, and the new one twice. */
export const changePasswordSchema = z
  .object({
    currentPassword: passwordSchema,
    newPassword: newConsolePasswordSchema,
    confirmPassword: z.string({ message: "validation.required" }).min(1, "validation.required"),
  })
  .refine((form) => form.newPassword === form.confirmPassword, {
    path: ["confirmPassword"],
    message: "validation.passwordsDiffer",
  });
