import { isIamError } from "./errors";

/**
 * AWS's message when IAM refused a policy document as it stored it (Put*Policy, CreatePolicy,
 * CreatePolicyVersion, CreateRole, UpdateAssumeRolePolicy): MalformedPolicyDocument, or a size quota's
 * LimitExceeded. The console's policy editor shows it beside the text, as the API answers it; any other
 * error is not the document's, and the caller handles it as usual.
 */
export function policyDocumentProblem(error: unknown): string | null {
  return isIamError(error) && (error.code === "MalformedPolicyDocument" || error.code === "LimitExceeded") ? error.message : null;
}
