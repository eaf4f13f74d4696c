// Runs once when a server process starts (Next.js calls register() before serving requests), and
// on every error Next catches while serving a request.
import type { Instrumentation } from "next";

/**
 * Installs the hook that decides each request's client address from its socket
 * (lib/server/client-address.ts): X-Forwarded-For counts only when TRUSTED_PROXY_COUNT says how
 * many proxies stand in front.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { trustedProxyCount } = await import("./lib/server/env-schema");
  const { installClientAddressHook } = await import("./lib/server/client-address-hook");
  installClientAddressHook(trustedProxyCount(process.env.TRUSTED_PROXY_COUNT));
}

/**
 * Every error Next catches while serving a request is logged as one JSON line (time, level, route,
 * method, path without query, digest, message), which log shippers parse as is (docs/deploy.md,
 * "Logs"). The stack stays in the server's log, never in a response.
 */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const { message, stack, digest } = error as Error & { digest?: string };
  console.error(
    JSON.stringify({
      time: new Date().toISOString(),
      level: "error",
      source: "request",
      msg: message,
      digest,
      method: request.method,
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
      worker: process.env.HANDSHAKE_WORKER,
      stack,
    }),
  );
};
