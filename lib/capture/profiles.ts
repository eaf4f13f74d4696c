/**
 * The endpoint behaviour assumed for timer-driven moves (../docs/captures.md):
 * - rfc: the scenario contract's defaults (MSL 120 s so TIME-WAIT 240 s, RTO 1 s doubled on each
 *   retry, 5 retries for every segment, no FIN-WAIT-2 timeout);
 * - linux: Linux's defaults (TIME-WAIT 60 s, tcp_fin_timeout 60 s in FIN-WAIT-2,
 *   tcp_syn_retries 6, tcp_synack_retries 5, initial RTO 1 s). Linux computes the RTO of data from
 *   the measured round trip, so a capture cannot tell when it gives data up: not modelled.
 */
export interface CaptureProfile {
  name: "rfc" | "linux";
  /** TIME-WAIT lasts 2 * msl seconds. */
  msl: number;
  /** The first retransmission timeout, in seconds, doubled on every retry. */
  rto: number;
  synRetries: number;
  synAckRetries: number;
  /** null: a give-up of data or FIN retransmissions is not inferred. */
  dataRetries: number | null;
  /** Seconds an endpoint stays in FIN-WAIT-2 before it is closed; null: for ever. */
  finWait2Timeout: number | null;
}

export const PROFILES: Record<CaptureProfile["name"], CaptureProfile> = {
  rfc: { name: "rfc", msl: 120, rto: 1, synRetries: 5, synAckRetries: 5, dataRetries: 5, finWait2Timeout: null },
  linux: { name: "linux", msl: 30, rto: 1, synRetries: 6, synAckRetries: 5, dataRetries: null, finWait2Timeout: 60 },
};

export const PROFILE_NAMES = Object.keys(PROFILES) as CaptureProfile["name"][];

/** Seconds from the first transmission to the give-up: rto * (1 + 2 + ... + 2^retries). */
export const giveUpAfter = (rto: number, retries: number): number => rto * (2 ** (retries + 1) - 1);
