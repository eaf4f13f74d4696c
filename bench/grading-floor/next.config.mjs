// The grading floor (bench-only, never shipped): the smallest Next.js app that answers POST
// /api/practice/answer the way the app does, with plain `pg` (../lib/plain-grading.ts). It
// imports from the project around it, so Turbopack's root is the project's.
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  turbopack: { root },
  outputFileTracingRoot: root,
  serverExternalPackages: ["pg"],
};

export default nextConfig;
