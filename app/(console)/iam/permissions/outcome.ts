import { isIamError } from "@/lib/iam/errors";
import { policyDocumentProblem } from "@/lib/iam/policy-document-problem";

/**
 * What a permissions action answers: done, or IAM's refusal with AWS's message, which the console shows
 * as AWS's does (in English in either language, like the API's answer). `inDocument` says the policy
 * document was refused, for the editor to show the message beside the text. Any other failure is
 * consoleAction's to word as a generic one.
 */
export type Outcome<T = null> = { ok: true; value: T } | { ok: false; message: string; inDocument: boolean };

export async function outcomeOf<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (!isIamError(error)) throw error;
    return { ok: false, message: error.message, inDocument: policyDocumentProblem(error) !== null };
  }
}

/** A page's read, or AWS's denial when the caller may not make it (the page shows the access-denied panel); other errors propagate. */
export async function readOrDenial<T>(read: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; denial: string }> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    if (isIamError(error) && error.code === "AccessDenied") return { ok: false, denial: error.message };
    throw error;
  }
}
