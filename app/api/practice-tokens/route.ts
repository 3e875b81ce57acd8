import { getIdentity } from "@/lib/auth/session";
import { env } from "@/lib/config/env";
import { iamSettings } from "@/lib/config/iam-settings";
import { getDb } from "@/lib/db/client";
import { practiceTokenCodes } from "@/lib/iam/practice-tokens";

// GET /api/practice-tokens: the practice authenticator's key fobs. For the signed-in learner only, and
// only their own sandbox's tokens (lib/iam/practice-tokens.ts says which): codes, never a seed.
//   200 {"accountId","until","tokens":[{"serialNumber","assignedTo","firstStep","codes"}],"clockOffsetSeconds"}, 401 when signed out
// The codes are the account's, at its time (a controlled clock's in tests): clockOffsetSeconds says how far
// that runs ahead of the real time, so the fobs show the code the account accepts.
export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

export async function GET(): Promise<Response> {
  if (!env().PRACTICE_AUTHENTICATOR) return new Response(null, { status: 404, headers: NO_STORE });
  const identity = await getIdentity();
  if (!identity) return Response.json({ error: { code: "NotSignedIn", message: "Sign in to the console first." } }, { status: 401, headers: NO_STORE });
  const { now } = identity;
  // The fobs are the learner's in this browser: the signed-in user's, while they act as a role too.
  const fob = await practiceTokenCodes(getDb(), { actor: identity.switchedRole?.user ?? identity.principal, settings: iamSettings(), now });
  // Offsets are whole seconds; the milliseconds between reading the session and here round away.
  const clockOffsetSeconds = Math.round((now.getTime() - Date.now()) / 1000);
  return Response.json({ ...fob, clockOffsetSeconds }, { headers: NO_STORE });
}
