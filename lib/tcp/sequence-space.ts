import { SEQ_SPACE } from "./seq";

/**
 * The arithmetic of the 32-bit sequence space that questions ask about: how an ISN is chosen
 * (RFC 9293 section 3.4.1 and RFC 6528), how soon a sender's numbers wrap, and the largest
 * transfer whose numbers never repeat. Pure functions; exact integers wherever the inputs are.
 */

/** RFC 9293 3.4.1 / RFC 6528: the ISN clock M ticks every 4 microseconds. */
export const ISN_CLOCK_TICK_US = 4;

/**
 * ISN = M + F(localip, localport, remoteip, remoteport, secretkey) modulo 2^32 (RFC 6528 section 3),
 * with M the 4 µs clock at `clockUs` and `keyedHash` the value of F for the connection.
 */
export const rfc6528Isn = (clockUs: number, keyedHash: number): number => ((Math.floor(clockUs / ISN_CLOCK_TICK_US) + keyedHash) % SEQ_SPACE) >>> 0;

/** Microseconds for the ISN clock alone to run once round the space: 2^32 x 4 µs (about 4.77 hours). */
export const isnClockCycleUs = (): number => SEQ_SPACE * ISN_CLOCK_TICK_US;

/** Seconds until a sender's sequence numbers come round again at `bytesPerSecond`: 2^32 / rate. */
export const wrapSeconds = (bytesPerSecond: number): number => SEQ_SPACE / bytesPerSecond;

/** The most octets one connection can send before a sequence number must be reused: 2^32. */
export const LARGEST_TRANSFER_WITHOUT_WRAP = SEQ_SPACE;

/** Segments needed for `bytes` octets with `mss` octets per segment (the last one may be short). */
export const segmentsFor = (bytes: number, mss: number): number => Math.ceil(bytes / mss);
