/**
 * A request's body as text, or null when it is longer than `maxBytes`: refused by its Content-Length
 * before reading, and again after (a chunked body has no length to trust).
 */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return null;
  const body = await request.text();
  return Buffer.byteLength(body) > maxBytes ? null : body;
}
