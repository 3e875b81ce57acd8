import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A second build directory lets two checkouts' test runs share a machine without clobbering .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
