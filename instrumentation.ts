// Runs once when a server process starts (Next.js calls register() before serving requests).
// It installs the hook that decides each request's client address from its socket
// (lib/server/client-address.ts): X-Forwarded-For counts only when TRUSTED_PROXY_COUNT says how
// many proxies stand in front.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { trustedProxyCount } = await import("./lib/server/env-schema");
  const { installClientAddressHook } = await import("./lib/server/client-address-hook");
  installClientAddressHook(trustedProxyCount(process.env.TRUSTED_PROXY_COUNT));
}
