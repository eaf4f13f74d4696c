// A pg pool that records every statement the app's Prisma client sends through it, with its
// parameters and its round-trip time (performance.now(), sub-millisecond), so a benchmark can sum
// the database time of one page and re-run each statement under EXPLAIN.
import pg from "pg";

export interface LoggedQuery {
  text: string;
  values: unknown[];
  ms: number;
}

export function recordingPool(connectionString: string): { pool: pg.Pool; log: LoggedQuery[] } {
  const log: LoggedQuery[] = [];
  const pool = new pg.Pool({ connectionString, max: 10 });
  pool.on("connect", (client) => {
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const [config, values] = args;
      const text = typeof config === "string" ? config : ((config as { text?: string }).text ?? "");
      const params = (Array.isArray(values) ? values : ((config as { values?: unknown[] }).values ?? [])) as unknown[];
      const start = performance.now();
      const last = args.length - 1;
      const callback = args[last];
      if (typeof callback === "function") {
        // pool.query() passes a callback: time to the callback.
        args[last] = (error: unknown, value: unknown) => {
          log.push({ text, values: params, ms: performance.now() - start });
          (callback as (e: unknown, v: unknown) => void)(error, value);
        };
      }
      const result = original(...args);
      if (result instanceof Promise) {
        return result.then((value: unknown) => {
          log.push({ text, values: params, ms: performance.now() - start });
          return value;
        });
      }
      return result;
    };
  });
  return { pool, log };
}

export const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
