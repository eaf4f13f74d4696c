import type { RetxEntry, SimConfig, Tcb } from "./sim-state";

/**
 * Endpoint profiles: where RFC 9293 leaves numbers to the implementation, a scenario may ask for
 * Linux's (scenario field `profile`, default "rfc": the format's own rules, every trace as before).
 * "linux" (its defaults, include/net/tcp.h and the sysctls of Documentation/networking/ip-sysctl):
 * - TIME-WAIT lasts 60 s (TCP_TIMEWAIT_LEN), whatever the MSL;
 * - an endpoint in FIN-WAIT-2 is closed after 60 s (tcp_fin_timeout);
 * - a SYN is retransmitted 6 times (tcp_syn_retries), a SYN,ACK 5 times (tcp_synack_retries);
 *   other segments follow maxRetries; the initial RTO is the scenario's (1 s, as Linux's TCP_TIMEOUT_INIT);
 * - ABORT sends RST,ACK (tcp_send_active_reset) rather than a bare RST.
 * The capture lab (lib/capture) infers the same moves from real captures.
 */
export type ProfileName = "rfc" | "linux";
export const PROFILE_NAMES: readonly ProfileName[] = ["rfc", "linux"];

const LINUX = { timeWaitSeconds: 60, finWait2Seconds: 60, synRetries: 6, synAckRetries: 5 } as const;

const isLinux = (config: Pick<SimConfig, "profile">) => config.profile === "linux";

/** How long TIME-WAIT lasts, in the engine's time unit (2 MSL unless the profile fixes it). */
export const timeWaitDuration = (config: SimConfig, unitsPerSecond: number): number =>
  isLinux(config) ? LINUX.timeWaitSeconds * unitsPerSecond : 2 * config.msl;

/** The FIN-WAIT-2 timeout in the engine's time unit, or null: FIN-WAIT-2 lasts until the FIN. */
export const finWait2Timeout = (config: SimConfig, unitsPerSecond: number): number | null => (isLinux(config) ? LINUX.finWait2Seconds * unitsPerSecond : null);

/** How many times this segment is retransmitted before the connection is given up. */
export function retryLimit(config: SimConfig, tcb: Tcb, entry: RetxEntry): number {
  if (!isLinux(config) || !entry.syn) return config.maxRetries;
  return tcb.state === "SYN-SENT" ? LINUX.synRetries : LINUX.synAckRetries;
}

/** ABORT's segment: <SEQ=SND.NXT><CTL=RST>, or RST,ACK with <ACK=RCV.NXT> as Linux sends it. */
export const abortSegment = (config: SimConfig, tcb: Tcb) =>
  isLinux(config) ? { flags: ["ACK", "RST"] as const, seq: tcb.sndNxt, ack: tcb.rcvNxt } : { flags: ["RST"] as const, seq: tcb.sndNxt };
