// The Content-Security-Policy of every page, built per request around a fresh nonce (proxy.ts).
// Next.js reads the nonce back out of the request's CSP header while it renders and puts it on
// its own scripts; 'strict-dynamic' then lets those scripts load the page's chunks, so no host
// list and no 'unsafe-inline' or 'unsafe-eval' are needed for scripts.
//
// Styles keep 'unsafe-inline': React writes style="" attributes (chart bars, the theme's
// colour-scheme) and the diagrams carry a <style> element inside their SVG; neither can carry a
// nonce, and a nonce in style-src would make browsers ignore 'unsafe-inline'. See docs/security.md.
//
// No "server-only": proxy.ts and the unit test import it outside React's server environment.
import { createHash } from "node:crypto";

export interface ContentSecurityPolicyOptions {
  /** The request's nonce (base64), from createNonce(). */
  nonce: string;
  /** Inline scripts the app writes itself (the theme script), allowed by their SHA-256 hash. */
  inlineScripts?: readonly string[];
  /** React needs eval in development to rebuild server error stacks; never in production. */
  development?: boolean;
}

/** 128 random bits, base64: unguessable and new for every request. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** The CSP source expression that allows exactly this inline script. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;
}

export function contentSecurityPolicy({ nonce, inlineScripts = [], development = false }: ContentSecurityPolicyOptions): string {
  const scriptSources = ["'self'", `'nonce-${nonce}'`, ...inlineScripts.map(scriptHashSource), "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])];
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": scriptSources,
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    // Development's hot reload talks over a WebSocket to the same host.
    "connect-src": development ? ["'self'", "ws:", "wss:"] : ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** The policy of route handlers under /api (set in next.config.js): no script or resource may load. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
