import { z } from "zod";
import { iamPathSchema, newConsolePasswordSchema, userNameSchema } from "./validation";

/** The console password, when "Console access" is chosen; without it the user gets no password. */
const consoleAccessSchema = z.discriminatedUnion("consoleAccess", [
  z.object({ consoleAccess: z.literal(true), password: newConsolePasswordSchema }),
  z.object({ consoleAccess: z.literal(false) }),
]);

/** The console's "Create user" form: CreateUser, and CreateLoginProfile when console access is chosen. */
export const createUserSchema = z
  .object({
    userName: userNameSchema,
    /** Empty means the default path, "/". */
    path: z
      .string({ message: "validation.required" })
      .transform((v) => v.trim() || "/")
      .pipe(iamPathSchema),
    /**
     * The lab's choice of policies (lab-policies.ts): AdministratorAccess, AWS's self-management example
     * (what the lab's users had before policies), or none, as AWS gives a new user none.
     */
    permissions: z.enum(["administrator", "selfManage", "none"]),
  })
  .and(consoleAccessSchema);

export type CreateUserForm = z.input<typeof createUserSchema>;

/** A request about one IAM user, by name. */
export const userRefSchema = z.object({ userName: userNameSchema });

/** The permissions choice as createUser's `administrator` (true, false, or left out for none). */
export function administratorOf(permissions: CreateUserForm["permissions"]): boolean | undefined {
  return permissions === "none" ? undefined : permissions === "administrator";
}
