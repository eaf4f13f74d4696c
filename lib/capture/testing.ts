import { parseScenario, type ScenarioInput } from "@/lib/tcp";
import type { toContractJson } from "./analyse-capture";
import { scenarioToPcap } from "./scenario-pcap";
import { ethernetFrame, writePcap, type WireSegment } from "./write-pcap";

/** Helpers for the capture tests: files made from scenarios or from segments written by hand. */

export function pcapOfScenario(input: ScenarioInput): Uint8Array {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(`invalid test scenario: ${parsed.message}`);
  return scenarioToPcap(parsed.scenario);
}

/** Each segment of connection `c` as "from FLAGS -> client/server [notes]", with "(lost)" when not delivered. */
export const segmentRows = (json: ReturnType<typeof toContractJson>, c = 0): string[] =>
  json.connections[c]!.segments.map(
    (s) =>
      `${s.from} ${s.flags.join(",")}${s.delivered ? "" : " (lost)"} -> ${s.after.client}/${s.after.server}${s.notes.length ? ` [${s.notes.join("; ")}]` : ""}`,
  );

const CLIENT = { mac: [2, 0, 0, 0, 0, 1], ip: [10, 0, 0, 1] as const, port: 40001 };
const SERVER = { mac: [2, 0, 0, 0, 0, 2], ip: [10, 0, 0, 2] as const, port: 80 };

export interface HandSegment {
  t: number;
  from: "c" | "s";
  flags: string;
  seq: number;
  ack?: number;
  len?: number;
  clientPort?: number;
}

/** A segment written as { t: 0.5, from: "c", flags: "SA", seq, ack } (S SYN, A ACK, F FIN, R RST). */
export function handFrame(h: HandSegment): WireSegment {
  const client = { ...CLIENT, port: h.clientPort ?? CLIENT.port };
  return {
    time: { sec: 1_700_000_000 + Math.floor(h.t), ns: Math.round((h.t % 1) * 1e9) },
    src: h.from === "c" ? client : SERVER,
    dst: h.from === "c" ? SERVER : client,
    syn: h.flags.includes("S"),
    ack: h.flags.includes("A") ? (h.ack ?? 0) : null,
    fin: h.flags.includes("F"),
    rst: h.flags.includes("R"),
    psh: false,
    seq: h.seq,
    len: h.len ?? 0,
    window: 65535,
    id: 1,
  };
}

export const pcapOf = (segments: HandSegment[]): Uint8Array =>
  writePcap(
    segments.map((h) => {
      const w = handFrame(h);
      return { time: w.time, data: ethernetFrame(w) };
    }),
  );

/** A pcapng file: one section, the given interfaces, enhanced packet blocks. Little-endian. */
export function pcapngOf(interfaces: { linkType: number; tsresol?: number }[], packets: { itf: number; units: bigint; data: Uint8Array }[]): Uint8Array {
  const blocks: Uint8Array[] = [];
  const block = (type: number, body: Uint8Array) => {
    const padded = (body.length + 3) & ~3;
    const out = new Uint8Array(12 + padded);
    const v = new DataView(out.buffer);
    v.setUint32(0, type, true);
    v.setUint32(4, out.length, true);
    out.set(body, 8);
    v.setUint32(out.length - 4, out.length, true);
    blocks.push(out);
  };
  const shb = new Uint8Array(16);
  const sv = new DataView(shb.buffer);
  sv.setUint32(0, 0x1a2b3c4d, true);
  sv.setUint16(4, 1, true);
  sv.setBigInt64(8, BigInt(-1), true);
  block(0x0a0d0d0a, shb);
  for (const itf of interfaces) {
    const body = new Uint8Array(itf.tsresol === undefined ? 8 : 8 + 8 + 4);
    const v = new DataView(body.buffer);
    v.setUint16(0, itf.linkType, true);
    v.setUint32(4, 65535, true);
    if (itf.tsresol !== undefined) {
      v.setUint16(8, 9, true);
      v.setUint16(10, 1, true);
      body[12] = itf.tsresol;
    }
    block(1, body);
  }
  for (const p of packets) {
    const body = new Uint8Array(20 + p.data.length);
    const v = new DataView(body.buffer);
    v.setUint32(0, p.itf, true);
    v.setUint32(4, Number(p.units >> BigInt(32)), true);
    v.setUint32(8, Number(p.units & BigInt(0xffffffff)), true);
    v.setUint32(12, p.data.length, true);
    v.setUint32(16, p.data.length, true);
    body.set(p.data, 20);
    block(6, body);
  }
  const total = blocks.reduce((n, b) => n + b.length, 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (const b of blocks) {
    out.set(b, o);
    o += b.length;
  }
  return out;
}
