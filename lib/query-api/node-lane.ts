import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { log } from "../log";
import { STATIC_SECURITY_HEADERS } from "../http/security-headers";
import { handleQuery } from "./handle-query";
import { IAM_OPERATIONS } from "./iam";
import type { Operation } from "./operation";
import { STS_OPERATIONS } from "./sts";
import type { QueryService } from "./xml";

/** Where scripts/server-preload.mjs looks for the lane. */
const LANE = Symbol.for("mock-iam-console.query-api-lane");

/** The Query API's paths, as app/api/iam and app/api/sts serve them (the SDKs post to "<endpoint>/"). */
const SERVICES: Record<string, { service: QueryService; operations: Record<string, Operation> }> = {
  "/api/iam": { service: "iam", operations: IAM_OPERATIONS },
  "/api/iam/": { service: "iam", operations: IAM_OPERATIONS },
  "/api/sts": { service: "sts", operations: STS_OPERATIONS },
  "/api/sts/": { service: "sts", operations: STS_OPERATIONS },
};

function webRequest(request: IncomingMessage): Request {
  // Node's parsed headers, as Next builds its requests from them: they carry the preload's stamp of the
  // connection's address, which overwrote any such header the client sent.
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
  }
  const url = new URL(request.url ?? "/", `http://${request.headers.host ?? "localhost"}`);
  const body = request.method === "POST" ? (Readable.toWeb(request) as ReadableStream<Uint8Array>) : undefined;
  return new Request(url, { method: request.method, headers, body, duplex: "half" } as RequestInit);
}

async function serve(target: (typeof SERVICES)[string], request: IncomingMessage, response: ServerResponse): Promise<void> {
  try {
    const answer = await handleQuery(target.service, target.operations, webRequest(request));
    const body = Buffer.from(await answer.arrayBuffer());
    response.writeHead(answer.status, { ...STATIC_SECURITY_HEADERS, ...Object.fromEntries(answer.headers), "content-length": body.length });
    response.end(body);
  } catch (error) {
    // handleQuery answers every failure itself; this is the HTTP layer's (a connection reset mid-body).
    log.error("query api lane failed", { error: error instanceof Error ? error.message : String(error) });
    if (!response.headersSent) response.writeHead(500, STATIC_SECURITY_HEADERS);
    response.end();
  }
}

/**
 * Whether the request is the Query API's, and if so answers it. GET and POST only, as the route
 * handlers; anything else goes on to Next, which answers as before.
 */
function lane(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method !== "POST" && request.method !== "GET") return false;
  const url = request.url ?? "";
  const query = url.indexOf("?");
  const target = SERVICES[query === -1 ? url : url.slice(0, query)];
  if (!target) return false;
  void serve(target, request, response);
  return true;
}

/** Called once per server process by instrumentation.ts, after the configuration is checked. */
export function registerQueryApiLane(): void {
  (globalThis as Record<symbol, unknown>)[LANE] = lane;
}
