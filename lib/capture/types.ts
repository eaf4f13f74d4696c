/** What the readers produce: one TCP segment as it was on the wire, or a frame that was not TCP. */

/** A moment as the capture recorded it: whole seconds since 1970 and nanoseconds within the second. */
export interface Instant {
  sec: number;
  ns: number;
}

export interface TcpFlags {
  syn: boolean;
  ack: boolean;
  fin: boolean;
  rst: boolean;
  psh: boolean;
}

export interface TcpPacket {
  /** The frame's number in the file, from 1 (as Wireshark numbers them). */
  frame: number;
  time: Instant;
  src: string;
  dst: string;
  sport: number;
  dport: number;
  flags: TcpFlags;
  seq: number;
  /** null when ACK is not set. */
  ack: number | null;
  /** Data octets, from the IP and TCP header lengths (a snap length may have cut the data itself). */
  len: number;
  /** tcpdump prints no sequence number for a segment without data, SYN or FIN: then it is inferred. */
  seqKnown: boolean;
}

/** Frames read and what came of them. */
export interface PacketList {
  format: "pcap" | "pcapng" | "tcpdump";
  frames: number;
  /** Frames that were not TCP (ARP, UDP, ICMP, other link types...). */
  ignored: number;
  packets: TcpPacket[];
  /** The last frame's time, TCP or not: timers that expire before it show in the analysis. */
  last: Instant | null;
  first: Instant | null;
}
