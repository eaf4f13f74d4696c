// One autocannon run with per-request latencies kept, so that p95 (which autocannon's own
// histogram does not report) is computed from every response.
import autocannon, { type AutocannonRequest, type Result } from "autocannon";

export interface LoadResult {
  label: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Socket errors, timeouts and non-2xx responses together. */
  errors: number;
  statuses: Record<string, number>;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function runLoad(options: { label: string; url: string; connections: number; seconds: number; request: AutocannonRequest }): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      { url: options.url, connections: options.connections, duration: options.seconds, timeout: 20, requests: [options.request] },
      (error: Error | null, result: Result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count]));
        resolve({
          label: options.label,
          connections: options.connections,
          seconds: result.duration,
          requests: latencies.length,
          requestsPerSecond: latencies.length / result.duration,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          max: latencies.at(-1) ?? Number.NaN,
          errors: result.errors + result.timeouts + result.non2xx,
          statuses,
        });
      },
    );
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : "-");

/** The results as a Markdown table (what docs/performance.md quotes). */
export function markdownTable(results: readonly LoadResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.label} | ${r.connections} | ${r.requests} | ${r.requestsPerSecond.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.errors} |`,
  );
  return [
    "| server | connections | requests | req/s | p50 | p95 | p99 | max | errors |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
}
