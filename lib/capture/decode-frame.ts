import { be16, be32 } from "./byte-reader";
import { CaptureError } from "./capture-error";
import type { Frame } from "./frame";
import type { TcpPacket } from "./types";

/**
 * From a link-layer frame to a TCP segment, or null for anything that is not TCP. Link types are
 * those of the tcpdump.org list: Ethernet (1, with 802.1Q/802.1ad tags), BSD loopback (0),
 * OpenBSD loopback (12, 108), raw IP (101, 228, 229), Linux cooked v1 (113) and v2 (276). IPv6
 * extension headers are skipped; a fragment other than the first is not TCP's business here.
 * A frame cut inside its IP or TCP header (the snap length) is an error naming the frame.
 */

const ETHERTYPE_IPV4 = 0x0800;
const ETHERTYPE_IPV6 = 0x86dd;
const PROTO_TCP = 6;

/** Where the IP packet starts in a frame, or null when the frame carries no IP. */
function ipStart(frame: Frame): number | null {
  const d = frame.data;
  switch (frame.linkType) {
    case 1: {
      let o = 12;
      let type = be16(d, o);
      // 802.1Q and 802.1ad tags, at most two.
      for (let tags = 0; (type === 0x8100 || type === 0x88a8) && tags < 2; tags += 1) {
        o += 4;
        type = be16(d, o);
      }
      return type === ETHERTYPE_IPV4 || type === ETHERTYPE_IPV6 ? o + 2 : null;
    }
    case 0:
    case 12:
    case 108: {
      // The address family, in the capturing host's byte order (0) or network order (12, 108).
      const le = d.length >= 4 ? d[0]! | (d[1]! << 8) | (d[2]! << 16) | (d[3]! << 24) : -1;
      const be = be32(d, 0) ?? -1;
      const af = [2, 24, 28, 30].includes(le) ? le : be;
      return [2, 24, 28, 30].includes(af) ? 4 : null;
    }
    case 101:
    case 228:
    case 229:
      return 0;
    case 113:
      return [ETHERTYPE_IPV4, ETHERTYPE_IPV6].includes(be16(d, 14) ?? -1) ? 16 : null;
    case 276:
      return [ETHERTYPE_IPV4, ETHERTYPE_IPV6].includes(be16(d, 0) ?? -1) ? 20 : null;
    default:
      return null;
  }
}

const ipv4Text = (d: Uint8Array, o: number) => `${d[o]}.${d[o + 1]}.${d[o + 2]}.${d[o + 3]}`;

/** RFC 5952 text: lower case, leading zeros dropped, the longest run of two or more zero groups as "::". */
function ipv6Text(d: Uint8Array, o: number): string {
  const groups = Array.from({ length: 8 }, (_, i) => (d[o + 2 * i]! << 8) | d[o + 2 * i + 1]!);
  let bestAt = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j += 1;
    if (j - i > bestLen) {
      bestAt = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestAt < 0) return hex.join(":");
  return `${hex.slice(0, bestAt).join(":")}::${hex.slice(bestAt + bestLen).join(":")}`;
}

interface IpPayload {
  src: string;
  dst: string;
  /** Where the TCP header starts in the frame. */
  at: number;
  /** The TCP segment's length by the IP header (the wire length, not the captured one). */
  length: number;
}

function readIpv4(frame: Frame, o: number): IpPayload | null {
  const d = frame.data;
  const where = { packet: frame.n };
  if (o + 20 > d.length) throw new CaptureError("truncatedIpv4", {}, where);
  const ihl = (d[o]! & 0x0f) * 4;
  if (ihl < 20) throw new CaptureError("badIpv4HeaderLength", { length: ihl }, where);
  if (d[o + 9] !== PROTO_TCP) return null;
  // A fragment other than the first carries no TCP header.
  if ((be16(d, o + 6)! & 0x1fff) !== 0) return null;
  const total = be16(d, o + 2)!;
  // A total length of 0 is what TCP segmentation offload leaves: take the captured length.
  const length = (total === 0 ? d.length - o : total) - ihl;
  if (length < 0) throw new CaptureError("ipv4TotalTooShort", { total }, where);
  return { src: ipv4Text(d, o + 12), dst: ipv4Text(d, o + 16), at: o + ihl, length };
}

const IPV6_EXTENSIONS = new Set([0, 43, 60, 135, 139, 140]);

function readIpv6(frame: Frame, o: number): IpPayload | null {
  const d = frame.data;
  const where = { packet: frame.n };
  if (o + 40 > d.length) throw new CaptureError("truncatedIpv6", {}, where);
  const payload = be16(d, o + 4)!;
  let next = d[o + 6]!;
  let at = o + 40;
  // Extension headers (RFC 8200 section 4): hop-by-hop, routing, destination options, mobility,
  // HIP, shim6 carry their length in 8-octet units; fragment is 8 octets; AH in 4-octet units.
  for (let hops = 0; next !== PROTO_TCP; hops += 1) {
    if (hops > 16) return null;
    if (IPV6_EXTENSIONS.has(next)) {
      if (at + 2 > d.length) throw new CaptureError("truncatedIpv6Extension", {}, where);
      const size = (d[at + 1]! + 1) * 8;
      next = d[at]!;
      at += size;
    } else if (next === 44) {
      if (at + 8 > d.length) throw new CaptureError("truncatedIpv6Fragment", {}, where);
      if ((be16(d, at + 2)! & 0xfff8) !== 0) return null;
      next = d[at]!;
      at += 8;
    } else if (next === 51) {
      if (at + 2 > d.length) throw new CaptureError("truncatedIpv6Auth", {}, where);
      const size = (d[at + 1]! + 2) * 4;
      next = d[at]!;
      at += size;
    } else {
      return null;
    }
  }
  const length = (payload === 0 ? d.length - o - 40 : payload) - (at - o - 40);
  if (length < 0) throw new CaptureError("ipv6ExtensionsTooLong", { payload }, where);
  return { src: ipv6Text(d, o + 8), dst: ipv6Text(d, o + 24), at, length };
}

/** The frame as a TCP segment; null when it is not TCP (then it is counted as ignored). */
export function decodeFrame(frame: Frame): TcpPacket | null {
  const d = frame.data;
  const start = ipStart(frame);
  if (start === null || start >= d.length) return null;
  const version = d[start]! >> 4;
  const ip = version === 4 ? readIpv4(frame, start) : version === 6 ? readIpv6(frame, start) : null;
  if (!ip) return null;
  const where = { packet: frame.n };
  const o = ip.at;
  if (o + 20 > d.length) throw new CaptureError("truncatedTcp", {}, where);
  const headerLength = (d[o + 12]! >> 4) * 4;
  if (headerLength < 20) throw new CaptureError("badTcpHeaderLength", { length: headerLength }, where);
  if (headerLength > ip.length) throw new CaptureError("tcpHeaderTooLong", { length: headerLength, payload: ip.length }, where);
  const bits = d[o + 13]!;
  const flags = { fin: (bits & 0x01) !== 0, syn: (bits & 0x02) !== 0, rst: (bits & 0x04) !== 0, psh: (bits & 0x08) !== 0, ack: (bits & 0x10) !== 0 };
  return {
    frame: frame.n,
    time: frame.time,
    src: ip.src,
    dst: ip.dst,
    sport: be16(d, o)!,
    dport: be16(d, o + 2)!,
    flags,
    seq: be32(d, o + 4)!,
    ack: flags.ack ? be32(d, o + 8)! : null,
    len: ip.length - headerLength,
    seqKnown: true,
  };
}
