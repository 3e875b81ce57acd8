import { signQuery } from "../test/support/sign-query";
import { httpRequest } from "./http";
import type { PlainRequest } from "./load";

export type AccessKey = { accessKeyId: string; secretAccessKey: string };

export const IAM_VERSION = "2010-05-08";

/**
 * A Query API call signed as the AWS SDK signs it (SigV4 over host, content type, X-Amz-Date and the
 * body's hash), ready to be sent again and again: a signature stays valid for 15 minutes.
 */
export async function signedQuery(endpoint: string, key: AccessKey, params: Record<string, string>, signingDate = new Date()): Promise<PlainRequest> {
  const body = new URLSearchParams({ Version: IAM_VERSION, ...params }).toString();
  return { method: "POST", path: new URL(endpoint).pathname, headers: await signQuery(endpoint, key, body, { signingDate }), body };
}

/** Sends a signed call once; the XML answer, or an error with it. */
export async function sendQuery(endpoint: string, key: AccessKey, params: Record<string, string>): Promise<string> {
  const request = await signedQuery(endpoint, key, params);
  const answer = await httpRequest(endpoint, request);
  if (answer.status !== 200) throw new Error(`${params.Action} answered ${answer.status}: ${answer.body}`);
  return answer.body;
}
