import { z } from "zod";
import { advanceClock, MAX_CLOCK_ADVANCE_SECONDS } from "@/lib/clock/account-clock";
import { env } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { readBodyWithin } from "@/lib/http/read-body";
import { purgeSandboxIfExpired } from "@/lib/iam/purge-expired-sandboxes";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/log";

// POST /api/sandboxes/<accountId>/clock: moves a test sandbox's controlled clock forward (docs/playwright.md).
//   {"clockToken","advanceSeconds"} -> 200 {"accountId","now","deleted"}
// Exists only on a server started with TEST_CLOCKS=true; an account without a controlled clock, or a
// wrong token, gets the same 404 as a server without them. Moved past the sandbox's expiry, the account
// is deleted at once ("deleted": true), as the hourly purge would.
export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 1024;
const requestSchema = z.object({ clockToken: z.string().min(1).max(128), advanceSeconds: z.number().int().min(1).max(MAX_CLOCK_ADVANCE_SECONDS) }).strict();

function answer(status: number, body: unknown, requestId: string): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store", [REQUEST_ID_HEADER]: requestId } });
}

export async function POST(request: Request, { params }: { params: Promise<{ accountId: string }> }): Promise<Response> {
  const requestId = requestIdFrom(request.headers);
  const notFound = () => answer(404, { error: { code: "NotFound", message: "No controlled clock here." } }, requestId);
  if (!env().TEST_CLOCKS) return notFound();
  const body = await readBodyWithin(request, MAX_BODY_BYTES);
  if (body === null) return answer(413, { error: { code: "RequestEntityTooLarge", message: `Request body must be at most ${MAX_BODY_BYTES} bytes.` } }, requestId);
  let parsed;
  try {
    parsed = requestSchema.safeParse(JSON.parse(body));
  } catch {
    parsed = null;
  }
  if (!parsed?.success) {
    return answer(400, { error: { code: "ValidationError", message: `Send {"clockToken", "advanceSeconds": 1 to ${MAX_CLOCK_ADVANCE_SECONDS}}.` } }, requestId);
  }
  const { accountId } = await params;
  const db = getDb();
  const now = await advanceClock(db, { accountId, token: parsed.data.clockToken, seconds: parsed.data.advanceSeconds });
  if (!now) return notFound();
  const deleted = await purgeSandboxIfExpired(db, { accountId, now, expiryHours: env().SANDBOX_EXPIRY_HOURS });
  return answer(200, { accountId, now: now.toISOString(), deleted }, requestId);
}
