import type { CallName } from "./scenario";
import type { Sim } from "./sim-state";
import { applyStep } from "./step";
import type { Side } from "./types";

const CALLS: readonly CallName[] = ["listen", "connect", "send", "close", "abort"];

/** The user calls an endpoint may make now without being refused (what the simulator offers). */
export function availableCalls(sim: Sim, side: Side): CallName[] {
  return CALLS.filter((call) => applyStep(sim, call === "send" ? { call, on: side, bytes: 1 } : { call, on: side }).record.error === null);
}
