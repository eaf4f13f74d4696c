// Server-side instrumentation: every error Next catches while serving a request is logged as one
// JSON line (time, level, route, method, path without query, digest, message), which log shippers
// parse as is (docs/deploy.md, "Logs"). The stack stays in the server's log, never in a response.
import type { Instrumentation } from "next";

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
