import { getDb } from "@/lib/db/client";
import { checkHealth, shippedMigrations } from "@/lib/db/health";
import { databaseProvider, databaseUrl } from "@/lib/db/url";
import { log, REQUEST_ID_HEADER, requestIdFrom } from "@/lib/log";

// GET /api/health: for a load balancer's health check and a deployment's readiness probe. No session
// needed, nothing secret in the answer: 200 {"status":"ok","database":"ok","migrations":"applied"},
// else 503 saying which part is wrong ("database":"unreachable", or "migrations":"pending" with their names).
export const dynamic = "force-dynamic";

let expected: string[] | undefined;

export async function GET(request: Request): Promise<Response> {
  const requestId = requestIdFrom(request.headers);
  expected ??= shippedMigrations(databaseProvider(databaseUrl()));
  const { health, problem } = await checkHealth(getDb(), expected);
  if (health.status !== "ok") log.warn("health check failed", { requestId, route: "/api/health", health, error: problem });
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store", [REQUEST_ID_HEADER]: requestId },
  });
}
