// AWS's five colours for a switched role, in its Switch Role page's order, as the hex values AWS keeps
// in its role history. Apart from the form's schema (switch-role-form.ts) so that client components,
// which render them, import nothing of the server's validation. Each has its class: the pages'
// Content-Security-Policy refuses inline style attributes.

export const ROLE_COLORS = [
  { name: "red", hex: "F2B0A9", className: "bg-[#F2B0A9]" },
  { name: "orange", hex: "FBBF93", className: "bg-[#FBBF93]" },
  { name: "yellow", hex: "FAD791", className: "bg-[#FAD791]" },
  { name: "green", hex: "B7CA9D", className: "bg-[#B7CA9D]" },
  { name: "blue", hex: "99BCE3", className: "bg-[#99BCE3]" },
] as const;

export type RoleColor = (typeof ROLE_COLORS)[number]["hex"];
export const ROLE_COLOR_HEXES = ROLE_COLORS.map((c) => c.hex) as [RoleColor, ...RoleColor[]];

/** The background class of a role's colour; white for a role switched to without one. */
export function roleColorClass(hex: string | null): string {
  return ROLE_COLORS.find((c) => c.hex === hex)?.className ?? "bg-white";
}
