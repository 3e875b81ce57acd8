import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A second build directory lets two checkouts' test runs share a machine without clobbering .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // A self-contained server (<distDir>/standalone/server.js and the node_modules it needs) for the
  // Docker image, which builds with NEXT_OUTPUT=standalone; `npm start` serves a plain build, as
  // `next start` warns about a standalone one.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  // The AWS SDKs post to "<endpoint>/" (the Query protocol's path is "/"), which Next would answer
  // with a 308 to the path without the slash; the SDKs do not follow redirects.
  skipTrailingSlashRedirect: true,
  typedRoutes: false,
};

export default nextConfig;
