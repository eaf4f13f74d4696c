import "server-only";
import { randomBytes } from "node:crypto";

let idCounter = 0;
/**
 * An attempt id in the shape of Prisma's cuid() (which a raw INSERT cannot call): "c", the time in
 * base 36, a counter, random bits. Time-ordered like cuids, so the rollup rebuild's ("createdAt",
 * "id") order agrees with the order answers were recorded in.
 */
export function newAttemptId(now: Date): string {
  idCounter = (idCounter + 1) % 36 ** 4;
  return `c${now.getTime().toString(36).padStart(8, "0")}${idCounter.toString(36).padStart(4, "0")}${randomBytes(8).toString("hex").slice(0, 12)}`;
}
