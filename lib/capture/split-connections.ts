import type { TcpPacket } from "./types";

/**
 * TCP packets grouped into connections: one per 4-tuple and incarnation. A new SYN (without ACK)
 * with a new ISN, after a FIN or a RST of the connection on that 4-tuple, starts a new one (the
 * next incarnation, as after TIME-WAIT or a refused attempt).
 */
export interface RawConnection {
  /** "address:port" ("[v6]:port") of the endpoint that opened, and of the other. */
  client: string;
  server: string;
  packets: TcpPacket[];
  /** For each packet: did the client send it? */
  fromClient: boolean[];
}

export const endpointText = (address: string, port: number): string => (address.includes(":") ? `[${address}]:${port}` : `${address}:${port}`);

interface Open {
  packets: TcpPacket[];
  closing: boolean;
  synSeq: Map<string, number>;
}

/** Who opened: the sender of the first SYN; else the receiver of the first SYN,ACK; else the first sender. */
function chooseClient(packets: TcpPacket[]): string {
  const from = (p: TcpPacket) => endpointText(p.src, p.sport);
  const to = (p: TcpPacket) => endpointText(p.dst, p.dport);
  const syn = packets.find((p) => p.flags.syn && !p.flags.ack);
  if (syn) return from(syn);
  const synAck = packets.find((p) => p.flags.syn && p.flags.ack);
  if (synAck) return to(synAck);
  return from(packets[0]!);
}

export function splitConnections(packets: readonly TcpPacket[]): RawConnection[] {
  const open = new Map<string, Open>();
  const all: Open[] = [];
  for (const p of packets) {
    const a = endpointText(p.src, p.sport);
    const b = endpointText(p.dst, p.dport);
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    let current = open.get(key);
    const freshSyn = p.flags.syn && !p.flags.ack && current !== undefined && current.closing && current.synSeq.get(a) !== p.seq;
    if (!current || freshSyn) {
      current = { packets: [], closing: false, synSeq: new Map() };
      open.set(key, current);
      all.push(current);
    }
    current.packets.push(p);
    if (p.flags.syn && !current.synSeq.has(a)) current.synSeq.set(a, p.seq);
    if (p.flags.fin || p.flags.rst) current.closing = true;
  }
  return all.map(({ packets: list }) => {
    const client = chooseClient(list);
    const first = list[0]!;
    const ends = [endpointText(first.src, first.sport), endpointText(first.dst, first.dport)];
    const server = ends[0] === client ? ends[1]! : ends[0]!;
    return { client, server, packets: list, fromClient: list.map((p) => endpointText(p.src, p.sport) === client) };
  });
}
