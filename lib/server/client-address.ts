// The client's address, for throttling and for recognising an address an account has signed in
// from. Next.js gives the app no socket address, and it keeps any X-Forwarded-For the client sent,
// so the header alone cannot be trusted. Instead, instrumentation.ts installs a hook on the Node
// HTTP server (lib/server/client-address-hook.ts) that sees the socket before Next.js does and
// writes the address it decided on into CLIENT_ADDRESS_HEADER, replacing any value a client sent:
//   TRUSTED_PROXY_COUNT unset or 0  the socket's address; X-Forwarded-For is ignored.
//   TRUSTED_PROXY_COUNT = n         the n-th X-Forwarded-For entry from the right (the one the
//                                   outermost of the n proxies appended), else the socket's.
export const CLIENT_ADDRESS_HEADER = "x-handshake-client-address";
const HOOK_FLAG = Symbol.for("handshake.clientAddressHook");

/** Marks that the hook runs in this process: only then is CLIENT_ADDRESS_HEADER the hook's own. */
export function markClientAddressHookInstalled(): void {
  (globalThis as Record<symbol, unknown>)[HOOK_FLAG] = true;
}

function isHookInstalled(): boolean {
  return (globalThis as Record<symbol, unknown>)[HOOK_FLAG] === true;
}

/** Bound what goes into a database key. */
function clean(address: string | null | undefined): string | null {
  const trimmed = address?.trim();
  return trimmed ? trimmed.slice(0, 64) : null;
}

/** The address to use, from the socket's address, the X-Forwarded-For received and the number of proxies trusted. */
export function resolveClientAddress(options: {
  socketAddress: string | null | undefined;
  forwardedFor: string | string[] | null | undefined;
  trustedProxies: number;
}): string | null {
  if (options.trustedProxies <= 0) return clean(options.socketAddress);
  const header = Array.isArray(options.forwardedFor) ? options.forwardedFor.join(",") : (options.forwardedFor ?? "");
  const entries = header
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  // With n proxies, the last n entries were written by them; the n-th from the right is the
  // address the outermost proxy saw. Fewer entries than that: a proxy is missing, use the socket.
  const chosen = entries.length >= options.trustedProxies ? entries[entries.length - options.trustedProxies] : undefined;
  return clean(chosen ?? options.socketAddress);
}

/** The address the hook decided on, or null when the hook does not run (then nothing is trusted). */
export function clientAddressFromHeaders(headers: Headers): string | null {
  if (!isHookInstalled()) return null;
  return clean(headers.get(CLIENT_ADDRESS_HEADER));
}
