/**
 * A request's body as UTF-8 text, or null when it is longer than `maxBytes`. A declared Content-Length
 * over the limit is refused before reading; a chunked body (no length to trust) is counted as it
 * streams in and cancelled at the first byte past the limit, so no request makes the server hold more
 * than `maxBytes` plus one chunk, whatever it sends.
 */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks, length));
}
