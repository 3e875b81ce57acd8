/** A policy's details page: `/iam/policies/details?arn=<ARN>`, the address other pages link to. */
export function policyPath(arn: string): string {
  return `/iam/policies/details?arn=${encodeURIComponent(arn)}`;
}
