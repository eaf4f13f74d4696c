// Runs in the browser before any of the app's own modules (Next.js loads it first).
//
// zod 4 compiles object parsers with `new Function` when it can, and probes for that ability the
// first time an object schema is defined. The pages' Content-Security-Policy has no 'unsafe-eval'
// (proxy.ts, docs/security.md), so in the browser the probe would be blocked and reported as a
// violation; zod then falls back to the same parser it uses here. Turning the compiler off before
// any schema is defined skips the probe. The server keeps the faster compiled parsers.
//
// zod keeps the configuration z.config() changes on globalThis.__zod_globalConfig, so the setting
// is made there, without importing zod into the bundle of pages that do not use it.
// lib/server/security/zod-jitless.test.ts checks that zod reads it.
const holder = globalThis as typeof globalThis & { __zod_globalConfig?: { jitless?: boolean } };
(holder.__zod_globalConfig ??= {}).jitless = true;

export {};
