import { z } from "zod";
import { IAM, satisfies } from "../iam/constraints";
import { accountAliasSchema, text } from "../iam/validation";
import { ROLE_COLOR_HEXES } from "./role-colors";

// The fields of AWS's Switch Role page (signin.aws.amazon.com/switchrole), shared by the page, which
// prefills them from its query (roleName, account, displayName, color), and by the switch action,
// which takes nothing else.

/** A role's name as the Role field takes it: the name, after its path when it has one ("team/Deployer"). */
const roleNameOrPath = (value: string) => {
  const parts = value.split("/");
  const name = parts.pop()!;
  return satisfies(IAM.roleName, name) && parts.every((part) => satisfies(IAM.roleName, part));
};

/** The longest display name AWS's page takes. */
export const DISPLAY_NAME_MAX = 64;

export const switchRoleSchema = z.object({
  // A 12-digit account id, or an account alias.
  account: text(63).refine((v) => /^\d{12}$/.test(v) || accountAliasSchema.safeParse(v).success, "switchRole.accountInvalid"),
  role: text(IAM.path.max + IAM.roleName.max).refine(roleNameOrPath, "switchRole.roleInvalid"),
  displayName: z
    .string()
    .trim()
    .max(DISPLAY_NAME_MAX, "validation.tooLong")
    .refine((v) => !/[\u0000-\u001f\u007f-\u009f<>]/.test(v), "validation.noMarkup")
    .optional()
    .transform((v) => v || undefined),
  color: z.preprocess((v) => (typeof v === "string" && v !== "" ? v.toUpperCase() : undefined), z.enum(ROLE_COLOR_HEXES).optional()),
});

export type SwitchRoleForm = z.output<typeof switchRoleSchema>;

/** What the navigation bar names a switched role by: its display name, the role's name when none was given. */
export function roleDisplayName(form: Pick<SwitchRoleForm, "role" | "displayName">): string {
  return form.displayName ?? form.role.split("/").pop()!;
}

/** One entry of the role history (AWS keeps the last five) and what a role session shows in the navigation bar. */
export const roleHistoryEntrySchema = z.object({
  account: z.string().max(63),
  role: z.string().max(IAM.path.max + IAM.roleName.max),
  displayName: z.string().max(DISPLAY_NAME_MAX),
  color: z.enum(ROLE_COLOR_HEXES).nullable(),
});

export type RoleHistoryEntry = z.infer<typeof roleHistoryEntrySchema>;

/** How many roles AWS's account menu remembers. */
export const ROLE_HISTORY_LENGTH = 5;

/** The history with `entry` first: a role already in it moves to the front (same account and role name). */
export function withRoleInHistory(history: readonly RoleHistoryEntry[], entry: RoleHistoryEntry): RoleHistoryEntry[] {
  const same = (e: RoleHistoryEntry) => e.account === entry.account && e.role === entry.role;
  return [entry, ...history.filter((e) => !same(e))].slice(0, ROLE_HISTORY_LENGTH);
}
