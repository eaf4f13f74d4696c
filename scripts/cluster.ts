// `npm start`'s app processes: one `next start` per core (Node's cluster module), all listening on
// the same port; the primary hands connections out round-robin and restarts a worker that dies
// unexpectedly (at most once every few seconds, so a worker that cannot start does not spin).
// Every worker is a plain `next start` (the cluster's `exec` is Next's own CLI): no custom server.
// Nothing is kept in a worker's memory that another needs: sessions are cookies, throttling,
// answers and everything else are in PostgreSQL (README, "Running on more than one machine").
// Why the cluster module and not PM2: it is part of Node, needs no daemon, and start.ts already
// supervises its child processes; PM2 in cluster mode does the same with `-i max` (docs/deploy.md).
import cluster, { type Worker } from "node:cluster";
import { availableParallelism } from "node:os";

export interface AppCluster {
  /** Resolves once every worker listens; rejects when one exits before that. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

const logLine = (level: "info" | "error", msg: string, extra: Record<string, unknown> = {}) =>
  (level === "error" ? console.error : console.log)(JSON.stringify({ time: new Date().toISOString(), level, source: "cluster", msg, ...extra }));

/** Workers: WEB_CONCURRENCY when set, else one per core the process may use. */
export function workerCount(setting: number | undefined): number {
  return setting ?? Math.max(1, availableParallelism());
}

export function startCluster(options: { nextBin: string; port: number; workers: number; env: NodeJS.ProcessEnv }): AppCluster {
  const { workers, port } = options;
  // Workers run Next's CLI directly, without the tsx loader this script runs under.
  cluster.setupPrimary({ exec: options.nextBin, args: ["start", "--port", String(port)], execArgv: [], silent: false });
  let stopping = false;
  const lastRestart = new Map<number, number>();
  let listening = 0;
  let markReady: () => void = () => {};
  let failReady: (error: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });

  const fork = (slot: number): Worker => {
    const worker = cluster.fork({ ...options.env, HANDSHAKE_WORKER: String(slot) });
    worker.once("listening", () => {
      logLine("info", "worker listening", { worker: slot, pid: worker.process.pid, port });
      if (++listening === workers) markReady();
    });
    worker.once("exit", (code, signal) => {
      if (stopping) return;
      logLine("error", "worker exited", { worker: slot, pid: worker.process.pid, code, signal });
      // Before every worker listened it is a start-up failure (a port in use, a bad build): stop, don't loop.
      if (listening < workers) return failReady(new Error(`app process ${slot} exited while starting (${signal ?? `code ${code}`})`));
      const wait = Math.max(0, (lastRestart.get(slot) ?? 0) + 5000 - Date.now());
      setTimeout(() => {
        if (stopping) return;
        lastRestart.set(slot, Date.now());
        fork(slot);
      }, wait);
    });
    return worker;
  };
  for (let slot = 1; slot <= workers; slot++) fork(slot);
  logLine("info", "cluster started", { workers, port });

  return {
    ready,
    async stop() {
      stopping = true;
      // A worker that already exited (the signal reached the whole process group) needs no waiting for.
      const running = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined && !worker.isDead());
      await Promise.all(
        running.map(
          (worker) =>
            new Promise<void>((resolve) => {
              const force = setTimeout(() => {
                worker.process.kill("SIGKILL");
                resolve();
              }, 10_000);
              worker.once("exit", () => {
                clearTimeout(force);
                resolve();
              });
              if (worker.isDead()) {
                clearTimeout(force);
                resolve();
              }
              worker.process.kill("SIGTERM");
            }),
        ),
      );
    },
  };
}
