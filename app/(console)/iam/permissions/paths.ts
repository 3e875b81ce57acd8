/** Where a managed policy's page is (the Policies pages). */
export const policyDetailsPath = (arn: string) => `/iam/policies/details?arn=${encodeURIComponent(arn)}`;

/** A user group's page; group names may hold "+", "=", ",", "@", which a path segment must escape. */
export const groupDetailsPath = (groupName: string) => `/iam/groups/details/${encodeURIComponent(groupName)}`;
