// The parts `npm run bench` knows. Each runs in a process of its own (tsx), so that one part's
// servers, databases and JIT state never colour another's numbers. A part whose file is not in
// the tree (yet) is skipped. Add a line here for a new part.
export interface BenchPart {
  name: string;
  file: string;
  description: string;
  /** Node conditions for tsx: "react-server" lets "server-only" modules load outside Next. */
  conditions?: string[];
  /** Needs setting up first (a seeded database, a running server): runs only when named. */
  onlyByName?: boolean;
}

export const BENCH_PARTS: readonly BenchPart[] = [
  { name: "engine", file: "bench/engine.bench.ts", description: "TCP engine: scenarios and steps per second on one core" },
  { name: "capture", file: "bench/capture.bench.ts", description: "capture analysis time against a connection's length (pcaps of 10,000 to 80,000 segments)" },
  {
    name: "grading",
    file: "bench/grading.bench.ts",
    description: "POST /api/practice/answer under autocannon vs the same work in plain pg, in a Next.js route handler (bench/grading-floor) and on node:http",
    conditions: ["react-server"],
  },
  {
    name: "grading-sql",
    file: "bench/grading-sql.bench.ts",
    description: "recording an answer: the former Prisma transaction vs the one statement, on PostgreSQL alone",
  },
  {
    name: "progress",
    file: "bench/progress.bench.ts",
    description: "progress page data functions and GET /progress for a learner with 100,000 attempts",
    conditions: ["react-server"],
  },
  {
    name: "scale-dashboards",
    file: "bench/scale/dashboards.bench.ts",
    description: "teacher results, class mastery grid and progress at 1,000,000 answers (DATABASE_URL seeded by npm run db:seed:scale)",
    conditions: ["react-server"],
    onlyByName: true,
  },
  {
    name: "browser",
    file: "bench/browser.bench.ts",
    description:
      "JavaScript per route (gzip) and Lighthouse scores in Chromium, signed in (a build in NEXT_DIST_DIR, or BASE_URL; docs/performance-browser.md)",
    onlyByName: true,
  },
  {
    name: "pages",
    file: "bench/pages.bench.ts",
    description: "HTML size and app CPU time per request of the main pages, signed in, on the scale seed (a build in NEXT_DIST_DIR; docs/performance-pages.md)",
    onlyByName: true,
  },
  {
    name: "two-instances",
    file: "bench/scale/two-instances.ts",
    description:
      "HAProxy -> two next start -> PgBouncer (transaction mode) -> PostgreSQL: sessions on both, the class bench through it, nothing lost (DATABASE_URL with the scale seed; docs/deploy.md)",
    onlyByName: true,
  },
  {
    name: "class-at-once",
    file: "bench/scale/class-at-once.ts",
    description: "a class answers one assignment over HTTP, aggressive or Moodle profile (BENCH_PROFILE; a running next start; docs/performance-scale.md)",
    onlyByName: true,
  },
];
