import http from "node:http";

export type HttpAnswer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One request with node:http (unlike fetch, it sends a Host header as given and returns every Set-Cookie). */
export function httpRequest(
  url: string,
  request: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<HttpAnswer> {
  const target = new URL(url);
  const body = request.body === undefined ? undefined : Buffer.from(request.body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: request.method ?? "GET",
        path: request.path,
        headers: { ...request.headers, ...(body ? { "content-length": String(body.length) } : {}) },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** name=value of each Set-Cookie in `setCookie` (a response's header, or autocannon's). */
export function cookiesOf(setCookie: string | string[] | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const line of ([] as string[]).concat(setCookie ?? [])) {
    const [pair] = line.split(";");
    const eq = pair.indexOf("=");
    if (eq > 0) cookies[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return cookies;
}

export const cookieHeader = (cookies: Record<string, string>) =>
  Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
