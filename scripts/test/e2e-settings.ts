// Where the end-to-end tests' server listens; shared by playwright.config.ts and its global setup.
export function e2ePort(): number {
  const port = Number(process.env.E2E_PORT ?? 3100);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`E2E_PORT must be a port number, got "${process.env.E2E_PORT}"`);
  return port;
}

export const e2eBaseUrl = () => `http://127.0.0.1:${e2ePort()}`;
