import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` builds into its own folder so a developer's build never swaps files under it.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Uploads (roster CSV/XLSX, old minutes) go through server actions; their own checks allow 5 MB.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

export default nextConfig;
