import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { AUTH_MAX_BODY_BYTES } from "@/lib/http/body-limits";
import { readBodyWithin } from "@/lib/http/read-body";

// next-auth reads a body whole; its forms are a few fields, so each POST is read here first, within a
// limit, and handed on from memory.

export const { GET } = handlers;

export async function POST(request: NextRequest): Promise<Response> {
  const body = await readBodyWithin(request, AUTH_MAX_BODY_BYTES);
  if (body === null) return new Response(`Request body must be at most ${AUTH_MAX_BODY_BYTES} bytes.`, { status: 413 });
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  return handlers.POST(new NextRequest(request.url, { method: "POST", headers, body }));
}
