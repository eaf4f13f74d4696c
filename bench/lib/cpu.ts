// The CPU time a server spends, read from /proc (Linux): utime + stime of a process and all its
// descendants (next start's workers, a cluster's primary and its workers), in milliseconds.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const CLOCK_TICK_MS = 1000 / Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim() || 100);

export function processTreeCpuMs(pid: number): number {
  let total = 0;
  const visit = (id: number) => {
    try {
      // The fields after the command name (which may hold spaces): utime is the 14th field, stime the 15th.
      const stat = readFileSync(`/proc/${id}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      total += (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
      const children = readFileSync(`/proc/${id}/task/${id}/children`, "utf8").trim();
      for (const child of children ? children.split(" ") : []) visit(Number(child));
    } catch {
      // the process ended between reads
    }
  };
  visit(pid);
  return total;
}

/** The pid of the process listening on a local TCP port (ss), if any. */
export function listeningPid(port: number): number | undefined {
  const out = spawnSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" }).stdout;
  const match = /pid=(\d+)/.exec(out);
  return match ? Number(match[1]) : undefined;
}

export const loadAverage = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
