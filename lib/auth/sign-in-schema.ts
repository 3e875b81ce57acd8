import { z } from "zod";
import { emailSchema, passwordSchema, text } from "../iam/validation";

/**
 * The password step's input, parsed by the sign-in form's action and again by next-auth's
 * authorize(), which is reachable on its own. Names that do not exist are a failed sign-in, not a
 * field error, so the account and user name fields take any text.
 */
export const signInSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("root"), email: emailSchema, password: passwordSchema }),
  z.object({ kind: z.literal("iam"), account: text(128), userName: text(128), password: passwordSchema }),
]);

export type SignInInput = z.infer<typeof signInSchema>;
