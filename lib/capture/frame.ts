import type { Instant } from "./types";

/** One link-layer frame read from a pcap or pcapng file, before decoding. */
export interface Frame {
  /** Its number in the file, from 1. */
  n: number;
  time: Instant;
  linkType: number;
  /** The bytes captured (perhaps fewer than were on the wire: the snap length). */
  data: Uint8Array;
}

/** The most frames a file may hold: past it the analysis would no longer fit a browser tab. */
export const MAX_FRAMES = 2_000_000;
/** A record longer than this is a lying length, not a frame (the largest snap length tools use is 262144). */
export const MAX_FRAME_BYTES = 262_144;
