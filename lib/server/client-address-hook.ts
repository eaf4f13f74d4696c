// Installed once per server process by instrumentation.ts: every HTTP request event, before
// Next.js handles it, gets CLIENT_ADDRESS_HEADER set from its socket (see client-address.ts).
// Patching the server's emit is the one place where a plain `next start` lets code see the socket
// ahead of Next.js; the patch only adds a header and calls the original.
import http from "node:http";
import https from "node:https";
import { CLIENT_ADDRESS_HEADER, markClientAddressHookInstalled, resolveClientAddress } from "./client-address";

const INSTALLED = Symbol.for("handshake.clientAddressHook.emit");

export function setClientAddressHeader(request: http.IncomingMessage, trustedProxies: number): void {
  const address = resolveClientAddress({ socketAddress: request.socket?.remoteAddress, forwardedFor: request.headers["x-forwarded-for"], trustedProxies });
  // Whatever a client sent under this name is replaced (or removed).
  delete request.headers[CLIENT_ADDRESS_HEADER];
  if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
}

export function installClientAddressHook(trustedProxies: number): void {
  for (const Server of [http.Server, https.Server]) {
    const prototype = Server.prototype as http.Server & { [INSTALLED]?: boolean };
    if (prototype[INSTALLED]) continue;
    const originalEmit = prototype.emit;
    prototype.emit = function emit(this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request" && args[0] instanceof http.IncomingMessage) setClientAddressHeader(args[0], trustedProxies);
      return (originalEmit as (...all: unknown[]) => boolean).call(this, event, ...args);
    } as typeof prototype.emit;
    prototype[INSTALLED] = true;
  }
  markClientAddressHookInstalled();
}
