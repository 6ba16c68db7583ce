import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./src/server/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` builds into its own folder so a developer's build never swaps files under it.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Uploads (roster CSV/XLSX, old minutes) go through server actions; their own checks allow 5 MB.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // The fixed security headers on everything, static files included; the CSP comes from src/proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }];
  },
};

export default nextConfig;
