import { z } from "zod";
import { consoleVersionSchema, DEFAULT_CONSOLE_VERSION } from "./console-version";
import { accountNameSchema, emailSchema, newPasswordSchema, userNameSchema } from "./validation";

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

/** At most this many IAM users come with a sandbox made through POST /api/sandboxes. */
export const SANDBOX_USERS_MAX = 10;

/**
 * POST /api/sandboxes: the sign-up form's account (no confirmation: a script does not mistype twice),
 * with IAM users made in the same request, so a scenario or a class starts from a known account.
 */
export const sandboxRequestSchema = z
  .object({
    email: emailSchema,
    accountName: accountNameSchema,
    password: newPasswordSchema,
    /** The console its learners see: the seed tutorial's ("2021") or today's ("current"). */
    consoleVersion: consoleVersionSchema.default(DEFAULT_CONSOLE_VERSION),
    users: z
      .array(
        z.object({
          userName: userNameSchema,
          /** A console password; without one the user has no console access. */
          password: newPasswordSchema.optional(),
          administrator: z.boolean().default(false),
        }),
      )
      .max(SANDBOX_USERS_MAX, "validation.tooMany")
      .default([])
      .refine((users) => new Set(users.map((u) => u.userName.toLowerCase())).size === users.length, "validation.duplicateUserName"),
    /** An access key of the root user, made with the account, so an API script needs no console. */
    accessKey: z.boolean().default(false),
    /** A clock the test moves (lib/clock/account-clock.ts); only on a server started with TEST_CLOCKS. */
    controlledClock: z.boolean().default(false),
  })
  .strict();

export type SandboxRequest = z.output<typeof sandboxRequestSchema>;
