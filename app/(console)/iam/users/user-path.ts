/** The console page of an IAM user; names may hold "+", "=", ",", "@", which a path segment must escape. */
export function userPath(userName: string): string {
  return `/iam/users/details/${encodeURIComponent(userName)}`;
}
