// The headers every page is sent with (proxy.ts) and every other response (next.config.ts). One place,
// so the README's deployment section and the tests describe exactly these.

/**
 * The page's Content-Security-Policy: scripts only with this response's nonce (Next puts it on its
 * own scripts when it finds it in the request's policy) and what they load ('strict-dynamic'); styles
 * from this site; QR codes are data: PNGs; no plugins, no <base>, forms only to this site, and no
 * framing by anyone (clickjacking). `development` allows the eval that `next dev`'s refresh needs.
 */
export function contentSecurityPolicy(nonce: string, { https, development }: { https: boolean; development: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** One year: browsers then refuse plain HTTP to this host. Sent only on a response that came over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000";

/** Sent with every response, pages, API and static files alike. */
export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  // For browsers without CSP's frame-ancestors.
  "X-Frame-Options": "DENY",
  // Sign-in links carry account ids: other sites learn only this origin.
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // The console uses none of these; passkeys (publickey-credentials-*) keep their default, this site.
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()",
};

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
