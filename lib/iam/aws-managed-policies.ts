import data from "./generated/aws-managed-policies.json";

/** An AWS managed policy's default version, as scripts/aws-managed-policies.ts writes it. */
export type AwsManagedPolicy = {
  name: string;
  /** arn:aws:iam::aws:policy<path><name> */
  arn: string;
  defaultVersionId: string;
  /** ISO 8601 */
  createDate: string;
  updateDate: string;
  /** The default version's policy document, as JSON text. */
  document: string;
};

export type AwsManagedPolicyData = AwsManagedPolicy[];

export const AWS_MANAGED_POLICY_ARN_PREFIX = "arn:aws:iam::aws:policy/";

const policies: readonly AwsManagedPolicy[] = data as AwsManagedPolicyData;
const byArn = new Map(policies.map((policy) => [policy.arn, policy]));

/** Every AWS managed policy, by name. */
export function awsManagedPolicies(): readonly AwsManagedPolicy[] {
  return policies;
}

/** The AWS managed policy with this ARN (exact, as AWS matches ARNs), if AWS has one. */
export function awsManagedPolicy(arn: string): AwsManagedPolicy | undefined {
  return byArn.get(arn);
}

/** The path of an AWS managed policy: "/", "/service-role/", "/job-function/", … */
export function awsManagedPolicyPath(arn: string): string {
  const rest = arn.slice(AWS_MANAGED_POLICY_ARN_PREFIX.length - 1);
  return rest.slice(0, rest.lastIndexOf("/") + 1);
}
