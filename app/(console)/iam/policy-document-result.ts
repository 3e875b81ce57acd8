import "server-only";
import { policyDocumentProblem } from "@/lib/iam/policy-document-problem";

/**
 * The result of a call that stores a policy document, or AWS's message when IAM refused the document
 * (the editor shows it above the text it keeps); any other error goes on to the action's mapping.
 */
export async function documentResult<T>(run: () => Promise<T>): Promise<{ done: T } | { problem: string }> {
  try {
    return { done: await run() };
  } catch (error) {
    const problem = policyDocumentProblem(error);
    if (problem) return { problem };
    throw error;
  }
}
