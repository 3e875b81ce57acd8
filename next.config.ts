import type { NextConfig } from "next";
import { SERVER_ACTION_MAX_BODY_BYTES } from "./lib/http/body-limits";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // A second build directory lets two checkouts' test runs share a machine without clobbering .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // A self-contained server (<distDir>/standalone/server.js and the node_modules it needs) for the
  // Docker image, which builds with NEXT_OUTPUT=standalone; `npm start` serves a plain build, as
  // `next start` warns about a standalone one.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  experimental: {
    // Next counts a server action's body as it streams in and stops past this (proxy.ts answers 413
    // first for a declared length over it, or none).
    serverActions: { bodySizeLimit: SERVER_ACTION_MAX_BODY_BYTES },
    // The proxy gets a copy of each request's body, buffered up to this; it reads none, and a POST it
    // lets through is a server action, limited as above (Next's default buffers 10 MB).
    proxyClientMaxBodySize: SERVER_ACTION_MAX_BODY_BYTES,
  },
  // The AWS SDKs post to "<endpoint>/" (the Query protocol's path is "/"), which Next would answer
  // with a 308 to the path without the slash; the SDKs do not follow redirects.
  skipTrailingSlashRedirect: true,
  typedRoutes: false,
  // Set by the Playwright suite, which `npm test` runs after `tsc --noEmit` (see playwright.config.ts).
  typescript: { ignoreBuildErrors: process.env.NEXT_BUILD_SKIP_TYPECHECK === "1" },
  // The pages' Content-Security-Policy (with its nonce) and HSTS come from proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
