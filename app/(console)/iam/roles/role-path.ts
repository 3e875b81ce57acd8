/** A role's details page. */
export function rolePath(roleName: string): string {
  return `/iam/roles/details/${encodeURIComponent(roleName)}`;
}
