import { describe, expect, it } from "vitest";
import { analyseCapture, toContractJson } from "./analyse-capture";
import { readCapture } from "./read-capture";
import { ethernetFrame, writePcap } from "./write-pcap";
import { handFrame, pcapOf, pcapngOf } from "./testing";

const handshake = pcapOf([
  { t: 0, from: "c", flags: "S", seq: 100 },
  { t: 0.01, from: "s", flags: "SA", seq: 300, ack: 101 },
  { t: 0.02, from: "c", flags: "A", seq: 101, ack: 301 },
]);

const messageOf = (bytes: Uint8Array): string => {
  try {
    analyseCapture(bytes);
  } catch (error) {
    return (error as Error).message;
  }
  return "no error";
};

describe("classic pcap", () => {
  it("reads frames in little-endian microsecond files", () => {
    const list = readCapture(handshake);
    expect(list.format).toBe("pcap");
    expect(list.packets.map((p) => [p.src, p.sport, p.dst, p.dport, p.seq, p.ack])).toEqual([
      ["10.0.0.1", 40001, "10.0.0.2", 80, 100, null],
      ["10.0.0.2", 80, "10.0.0.1", 40001, 300, 101],
      ["10.0.0.1", 40001, "10.0.0.2", 80, 101, 301],
    ]);
    expect(list.packets[1]!.time).toEqual({ sec: 1_700_000_000, ns: 10_000_000 });
  });

  it("reads big-endian files with nanosecond times", () => {
    const le = new DataView(handshake.buffer.slice(0));
    const be = new Uint8Array(handshake.length);
    const out = new DataView(be.buffer);
    be.set(handshake);
    out.setUint32(0, 0xa1b23c4d, false);
    for (const o of [4, 6]) out.setUint16(o, le.getUint16(o, true), false);
    for (const o of [8, 12, 16, 20]) out.setUint32(o, le.getUint32(o, true), false);
    for (let o = 24; o < be.length;) {
      const len = le.getUint32(o + 8, true);
      out.setUint32(o, le.getUint32(o, true), false);
      out.setUint32(o + 4, le.getUint32(o + 4, true) * 1000 + 7, false);
      out.setUint32(o + 8, len, false);
      out.setUint32(o + 12, le.getUint32(o + 12, true), false);
      o += 16 + len;
    }
    const list = readCapture(be);
    expect(list.packets).toHaveLength(3);
    expect(list.packets[2]!.time).toEqual({ sec: 1_700_000_000, ns: 20_000_007 });
  });

  it("names a truncated file header, record header and packet", () => {
    expect(messageOf(handshake.subarray(0, 10))).toBe("truncated pcap file header (10 of 24 bytes)");
    expect(messageOf(handshake.subarray(0, 30))).toBe("packet 1: truncated record header (the file ends 6 bytes into it)");
    expect(messageOf(handshake.subarray(0, 50))).toMatch(/^packet 1: truncated packet data \(54 bytes announced, 10 left in the file\)$/);
  });

  it("names a snap length that cuts the TCP header", () => {
    const frame = ethernetFrame(handFrame({ t: 0, from: "c", flags: "S", seq: 1 }));
    const cut = writePcap([{ time: { sec: 1, ns: 0 }, data: frame.subarray(0, 14 + 20 + 10) }]);
    expect(messageOf(cut)).toBe("packet 1: truncated TCP header (the snap length cut it: capture again with a larger -s)");
  });

  it("keeps the headers of frames whose data the snap length cut", () => {
    const frame = ethernetFrame(handFrame({ t: 0, from: "c", flags: "A", seq: 1, ack: 5, len: 1000 }));
    const cut = writePcap([{ time: { sec: 1, ns: 0 }, data: frame.subarray(0, 54 + 10) }]);
    expect(readCapture(cut).packets[0]!.len).toBe(1000);
  });
});

describe("pcapng", () => {
  const frames = [
    ethernetFrame(handFrame({ t: 0, from: "c", flags: "S", seq: 100 })),
    ethernetFrame(handFrame({ t: 0, from: "s", flags: "SA", seq: 300, ack: 101 })),
  ];
  it("reads several interfaces with their own timestamp resolutions", () => {
    // Interface 0 in microseconds (the default), interface 1 in nanoseconds (if_tsresol 9).
    const file = pcapngOf(
      [{ linkType: 1 }, { linkType: 1, tsresol: 9 }],
      [
        { itf: 0, units: BigInt(1_700_000_000) * BigInt(1_000_000) + BigInt(250), data: frames[0]! },
        { itf: 1, units: BigInt(1_700_000_000) * BigInt(1_000_000_000) + BigInt(250_001), data: frames[1]! },
      ],
    );
    const list = readCapture(file);
    expect(list.format).toBe("pcapng");
    expect(list.packets.map((p) => p.time)).toEqual([
      { sec: 1_700_000_000, ns: 250_000 },
      { sec: 1_700_000_000, ns: 250_001 },
    ]);
    const analysis = toContractJson(analyseCapture(file));
    expect(analysis.connections[0]!.segments[1]!.t).toBe(0.000000001);
  });

  it("reads raw IP and Linux cooked frames", () => {
    const ip = frames[0]!.subarray(14);
    const cooked = new Uint8Array(16 + ip.length);
    cooked.set([0, 0, 0, 1, 0, 6, 2, 0, 0, 0, 0, 1, 0, 0, 0x08, 0x00]);
    cooked.set(ip, 16);
    const cooked2 = new Uint8Array(20 + ip.length);
    cooked2.set([0x08, 0x00]);
    cooked2.set(ip, 20);
    const file = pcapngOf(
      [{ linkType: 101 }, { linkType: 113 }, { linkType: 276 }],
      [
        { itf: 0, units: BigInt(1), data: ip },
        { itf: 1, units: BigInt(2), data: cooked },
        { itf: 2, units: BigInt(3), data: cooked2 },
      ],
    );
    expect(readCapture(file).packets.map((p) => p.seq)).toEqual([100, 100, 100]);
  });

  it("names a block whose length lies", () => {
    const file = pcapngOf([{ linkType: 1 }], [{ itf: 0, units: BigInt(1), data: frames[0]! }]);
    const lying = file.slice();
    new DataView(lying.buffer).setUint32(28 + 20 + 4, 4000, true);
    expect(messageOf(lying)).toMatch(/^block 3 \(offset 48\): block length 4000 runs past the end of the file/);
    const unrepeated = file.slice();
    new DataView(unrepeated.buffer).setUint32(28 + 20 + 4, 84, true);
    expect(messageOf(unrepeated)).toMatch(/^block 3 \(offset 48\): block length 84 is not repeated at the end of the block$/);
    expect(messageOf(file.subarray(0, file.length - 3))).toMatch(/^block 3 \(offset 48\): block length \d+ runs past the end/);
  });

  it("names a packet of an interface never described", () => {
    const file = pcapngOf([], [{ itf: 0, units: BigInt(1), data: frames[0]! }]);
    expect(messageOf(file)).toBe("packet 1: interface 0 was never described");
  });
});

describe("IPv6", () => {
  it("skips extension headers to find TCP", () => {
    const v4 = ethernetFrame(handFrame({ t: 0, from: "c", flags: "S", seq: 77 }));
    const tcp = v4.subarray(34);
    const hopByHop = new Uint8Array([60, 0, 1, 4, 0, 0, 0, 0]);
    const destination = new Uint8Array([6, 0, 1, 4, 0, 0, 0, 0]);
    const ip6 = new Uint8Array(40 + 16 + tcp.length);
    ip6.set([0x60, 0, 0, 0]);
    new DataView(ip6.buffer).setUint16(4, 16 + tcp.length);
    ip6[6] = 0; // hop-by-hop first
    ip6[7] = 64;
    ip6.set([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 8);
    ip6.set([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2], 24);
    ip6.set(hopByHop, 40);
    ip6.set(destination, 48);
    ip6.set(tcp, 56);
    const file = pcapngOf([{ linkType: 229 }], [{ itf: 0, units: BigInt(5), data: ip6 }]);
    const json = toContractJson(analyseCapture(file));
    expect(json.connections[0]!.client).toBe("[2001:db8::1]:40001");
    expect(json.connections[0]!.segments[0]!.seq).toBe(77);
  });
});

describe("bad input", () => {
  it("names something that is not a capture", () => {
    expect(messageOf(new TextEncoder().encode("hello, world\n"))).toBe("not a pcap, pcapng or tcpdump text file");
    expect(messageOf(new Uint8Array([0, 1, 2, 3, 4, 5]))).toBe("not a pcap, pcapng or tcpdump text file");
    expect(messageOf(new Uint8Array(0))).toBe("empty file: not a pcap, pcapng or tcpdump text file");
  });

  it("refuses a file over the size limit before reading it", () => {
    const huge = new Uint8Array(200 * 1024 * 1024);
    expect(messageOf(huge)).toBe("file is 200.0 MiB: the limit is 64.0 MiB (tcpdump -r FILE -w PART -c N, or editcap, cuts it)");
  });

  it("counts non-TCP traffic as ignored and finds no connection", () => {
    const frame = ethernetFrame(handFrame({ t: 0, from: "c", flags: "S", seq: 1 }));
    const udp = frame.slice();
    udp[14 + 9] = 17;
    const arp = frame.slice(0, 42);
    arp[12] = 0x08;
    arp[13] = 0x06;
    const json = toContractJson(
      analyseCapture(
        writePcap([
          { time: { sec: 1, ns: 0 }, data: udp },
          { time: { sec: 2, ns: 0 }, data: arp },
        ]),
      ),
    );
    expect(json).toEqual({ profile: "rfc", packets: 2, ignored: 2, connections: [] });
  });

  it("splits 10,000 connections", () => {
    const segments = Array.from({ length: 10_000 }, (_, i) => [
      { t: i / 1000, from: "c" as const, flags: "S", seq: i, clientPort: 10_000 + i },
      { t: i / 1000, from: "s" as const, flags: "RA", seq: 0, ack: i + 1, clientPort: 10_000 + i },
    ]).flat();
    const json = toContractJson(analyseCapture(pcapOf(segments)));
    expect(json.connections).toHaveLength(10_000);
    expect(json.connections[9_999]!.end).toEqual({ client: "CLOSED", server: "CLOSED" });
    expect(json.connections[9_999]!.segments[1]!.notes).toEqual(["RST accepted: its sequence number is exactly RCV.NXT"]);
  });
});

describe("a trace written as a pcap", () => {
  it("keeps every segment, in the order and at the time it was sent", async () => {
    const { traceToPcap } = await import("./scenario-pcap");
    const { simulate, parseScenario } = await import("@/lib/tcp");
    const parsed = parseScenario({ isn: { A: 1, B: 9 }, steps: [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { wait: 1 }, { deliver: "all" }] });
    if (!parsed.ok) throw new Error(parsed.message);
    const trace = simulate(parsed.scenario);
    const list = readCapture(traceToPcap(trace));
    expect(list.packets.map((p) => [p.seq, p.flags.syn, p.flags.ack])).toEqual(
      trace.segments.map((s) => [s.seq, s.flags.includes("SYN"), s.flags.includes("ACK")]),
    );
    expect(list.packets.map((p) => p.time.sec - list.packets[0]!.time.sec)).toEqual(trace.segments.map((_, i) => (i === 0 ? 0 : 1)));
  });
});
