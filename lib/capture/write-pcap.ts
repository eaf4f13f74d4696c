import type { Instant } from "./types";

/**
 * Writes frames as a classic pcap file (little-endian, microsecond times, link type Ethernet),
 * and builds Ethernet/IPv4/TCP frames with correct IPv4 and TCP checksums, so Wireshark shows no
 * checksum or malformed-packet warnings.
 */

export interface WireEndpoint {
  mac: readonly number[];
  ip: readonly [number, number, number, number];
  port: number;
}

export interface WireSegment {
  time: Instant;
  src: WireEndpoint;
  dst: WireEndpoint;
  syn: boolean;
  ack: number | null;
  fin: boolean;
  rst: boolean;
  psh: boolean;
  seq: number;
  len: number;
  window: number;
  /** The IPv4 identification field. */
  id: number;
}

const LINKTYPE_ETHERNET = 1;
/** Ethernet's 1500-octet MTU less 20 octets of IPv4 and 20 of TCP. */
export const ETHERNET_MSS = 1460;

function checksum(bytes: Uint8Array, start: number, end: number, initial = 0): number {
  let sum = initial;
  for (let i = start; i < end; i += 2) sum += (bytes[i]! << 8) | (i + 1 < end ? bytes[i + 1]! : 0);
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return sum;
}

const put16 = (b: Uint8Array, o: number, v: number) => {
  b[o] = (v >>> 8) & 0xff;
  b[o + 1] = v & 0xff;
};
const put32 = (b: Uint8Array, o: number, v: number) => {
  put16(b, o, (v >>> 16) & 0xffff);
  put16(b, o + 2, v & 0xffff);
};

/** The payload: readable text, so a learner who opens the bytes sees what they are. */
const PAYLOAD = new TextEncoder().encode("Handshake simulated data. ");

export function ethernetFrame(seg: WireSegment): Uint8Array {
  const tcpLength = 20 + seg.len;
  const frame = new Uint8Array(14 + 20 + tcpLength);
  frame.set(seg.dst.mac, 0);
  frame.set(seg.src.mac, 6);
  put16(frame, 12, 0x0800);
  const ip = 14;
  frame[ip] = 0x45;
  put16(frame, ip + 2, 20 + tcpLength);
  put16(frame, ip + 4, seg.id & 0xffff);
  put16(frame, ip + 6, 0x4000); // don't fragment
  frame[ip + 8] = 64;
  frame[ip + 9] = 6;
  frame.set(seg.src.ip, ip + 12);
  frame.set(seg.dst.ip, ip + 16);
  put16(frame, ip + 10, ~checksum(frame, ip, ip + 20) & 0xffff);
  const tcp = ip + 20;
  put16(frame, tcp, seg.src.port);
  put16(frame, tcp + 2, seg.dst.port);
  put32(frame, tcp + 4, seg.seq);
  put32(frame, tcp + 8, seg.ack ?? 0);
  frame[tcp + 12] = 5 << 4;
  frame[tcp + 13] = (seg.fin ? 0x01 : 0) | (seg.syn ? 0x02 : 0) | (seg.rst ? 0x04 : 0) | (seg.psh ? 0x08 : 0) | (seg.ack !== null ? 0x10 : 0);
  put16(frame, tcp + 14, seg.window);
  for (let i = 0; i < seg.len; i += 1) frame[tcp + 20 + i] = PAYLOAD[i % PAYLOAD.length]!;
  // The pseudo-header (RFC 9293 section 3.1): source, destination, zero, protocol, TCP length.
  const pseudo = checksum(frame, ip + 12, ip + 20, 6 + tcpLength);
  put16(frame, tcp + 16, ~checksum(frame, tcp, tcp + tcpLength, pseudo) & 0xffff);
  return frame;
}

export function writePcap(frames: readonly { time: Instant; data: Uint8Array }[], snapLength = 65535): Uint8Array {
  const size = 24 + frames.reduce((n, f) => n + 16 + f.data.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0xa1b2c3d4, true);
  view.setUint16(4, 2, true);
  view.setUint16(6, 4, true);
  view.setUint32(16, snapLength, true);
  view.setUint32(20, LINKTYPE_ETHERNET, true);
  let o = 24;
  for (const f of frames) {
    view.setUint32(o, f.time.sec, true);
    view.setUint32(o + 4, Math.floor(f.time.ns / 1000), true);
    view.setUint32(o + 8, f.data.length, true);
    view.setUint32(o + 12, f.data.length, true);
    out.set(f.data, o + 16);
    o += 16 + f.data.length;
  }
  return out;
}
