import { describe, expect, it } from "vitest";
import { analyseCapture, toContractJson } from "./analyse-capture";
import { pcapOf, pcapOfScenario, segmentRows as rows, type HandSegment } from "./testing";
import { ethernetFrame, writePcap } from "./write-pcap";
import { handFrame } from "./testing";

type Json = ReturnType<typeof toContractJson>;
const analyse = (bytes: Uint8Array, profile: "rfc" | "linux" = "rfc"): Json => toContractJson(analyseCapture(bytes, profile));

const HANDSHAKE: HandSegment[] = [
  { t: 0, from: "c", flags: "S", seq: 100 },
  { t: 0.001, from: "s", flags: "SA", seq: 300, ack: 101 },
  { t: 0.002, from: "c", flags: "A", seq: 101, ack: 301 },
];
/** A frame that is not TCP, to make the capture last until `t`. */
const lastsUntil = (bytes: Uint8Array, t: number): Uint8Array => {
  const frame = ethernetFrame(handFrame({ t, from: "c", flags: "S", seq: 1 }));
  frame[14 + 9] = 17;
  const udp = writePcap([{ time: { sec: 1_700_000_000 + t, ns: 0 }, data: frame }]);
  const out = new Uint8Array(bytes.length + udp.length - 24);
  out.set(bytes);
  out.set(udp.subarray(24), bytes.length);
  return out;
};

describe("the engine's own runs, read back", () => {
  it("follows a handshake and a close through every state", () => {
    const json = analyse(
      pcapOfScenario({
        isn: { A: 1000, B: 5000 },
        steps: [
          { call: "listen", on: "B" },
          { call: "connect", on: "A" },
          { deliver: "all" },
          { call: "close", on: "A" },
          { deliver: "all" },
          { call: "close", on: "B" },
          { deliver: "all" },
        ],
      }),
    );
    expect(json.connections[0]!.client).toBe("192.0.2.1:50000");
    expect(json.connections[0]!.isn).toEqual({ client: 1000, server: 5000 });
    expect(rows(json)).toEqual([
      "client SYN -> SYN-SENT/SYN-RECEIVED",
      "server SYN,ACK -> ESTABLISHED/SYN-RECEIVED",
      "client ACK -> ESTABLISHED/ESTABLISHED",
      "client ACK,FIN -> FIN-WAIT-1/CLOSE-WAIT",
      "server ACK -> FIN-WAIT-2/CLOSE-WAIT",
      "server ACK,FIN -> TIME-WAIT/LAST-ACK",
      "client ACK -> TIME-WAIT/CLOSED",
    ]);
  });

  it("marks a lost last ACK undelivered: the server repeats its FIN and stays in LAST-ACK", () => {
    const json = analyse(
      pcapOfScenario({
        isn: { A: 1000, B: 5000 },
        steps: [
          { call: "listen", on: "B" },
          { call: "connect", on: "A" },
          { deliver: "all" },
          { call: "close", on: "A" },
          { deliver: "all" },
          { call: "close", on: "B" },
          { deliver: 6 },
          { drop: 7 },
          { wait: 1 },
          { deliver: "all" },
        ],
      }),
    );
    expect(rows(json).slice(5)).toEqual([
      "server ACK,FIN -> TIME-WAIT/LAST-ACK",
      "client ACK (lost) -> TIME-WAIT/LAST-ACK [ACK lost: #7 repeats the FIN]",
      "server ACK,FIN -> TIME-WAIT/LAST-ACK [retransmission of #5; already received: answered with an ACK]",
      "client ACK -> TIME-WAIT/CLOSED [duplicate ACK (same as #6)]",
    ]);
    expect(json.connections[0]!.segments[7]!.t).toBe(1);
  });

  it("shows a simultaneous close through CLOSING on both sides", () => {
    const json = analyse(
      pcapOfScenario({
        isn: { A: 1000, B: 5000 },
        steps: [
          { call: "listen", on: "B" },
          { call: "connect", on: "A" },
          { deliver: "all" },
          { call: "close", on: "A" },
          { call: "close", on: "B" },
          { deliver: "all" },
        ],
      }),
    );
    expect(rows(json).slice(3)).toEqual([
      "client ACK,FIN -> FIN-WAIT-1/ESTABLISHED [crossed #4: arrives after the receiver sent it]",
      "server ACK,FIN -> CLOSING/CLOSING [#3 arrives now (it crossed this segment)]",
      "server ACK -> TIME-WAIT/CLOSING",
      "client ACK -> TIME-WAIT/TIME-WAIT",
    ]);
  });

  it("shows a half-close: data flows to the side that closed first", () => {
    const json = analyse(
      pcapOfScenario({
        isn: { A: 1000, B: 5000 },
        steps: [
          { call: "listen", on: "B" },
          { call: "connect", on: "A" },
          { deliver: "all" },
          { call: "close", on: "A" },
          { deliver: "all" },
          { call: "send", on: "B", bytes: 300 },
          { deliver: "all" },
          { call: "close", on: "B" },
          { deliver: "all" },
        ],
      }),
    );
    expect(rows(json).slice(5)).toEqual([
      "server ACK -> FIN-WAIT-2/CLOSE-WAIT",
      "client ACK -> FIN-WAIT-2/CLOSE-WAIT",
      "server ACK,FIN -> TIME-WAIT/LAST-ACK",
      "client ACK -> TIME-WAIT/CLOSED",
    ]);
    expect(json.connections[0]!.segments[5]!.len).toBe(300);
  });

  it("shows a RST to a closed port: the client's open is refused", () => {
    const json = analyse(pcapOfScenario({ isn: { A: 1000, B: 5000 }, steps: [{ call: "connect", on: "A" }, { deliver: "all" }] }));
    expect(rows(json)).toEqual(["client SYN -> SYN-SENT/CLOSED", "server ACK,RST -> CLOSED/CLOSED [RST accepted: its sequence number is exactly RCV.NXT]"]);
  });
});

describe("RSTs and SYNs in a synchronized state (RFC 5961)", () => {
  const established = [
    ...HANDSHAKE,
    { t: 0.01, from: "c" as const, flags: "A", seq: 101, ack: 301, len: 10 },
    { t: 0.011, from: "s" as const, flags: "A", seq: 301, ack: 111 },
  ];
  it("accepts a RST exactly at RCV.NXT", () => {
    expect(rows(analyse(pcapOf([...established, { t: 1, from: "c", flags: "R", seq: 111 }]))).at(-1)).toBe(
      "client RST -> CLOSED/CLOSED [RST accepted: its sequence number is exactly RCV.NXT]",
    );
  });
  it("challenges a RST elsewhere in the window", () => {
    expect(rows(analyse(pcapOf([...established, { t: 1, from: "c", flags: "R", seq: 5000 }]))).at(-1)).toBe(
      "client RST -> CLOSED/ESTABLISHED [RST in the window but not at RCV.NXT: answered with a challenge ACK (RFC 5961)]",
    );
  });
  it("ignores a RST outside the window", () => {
    expect(rows(analyse(pcapOf([...established, { t: 1, from: "c", flags: "R", seq: 111 + 70_000 }]))).at(-1)).toBe(
      "client RST -> CLOSED/ESTABLISHED [RST outside the receive window: ignored (RFC 5961)]",
    );
  });
  it("challenges a SYN", () => {
    expect(rows(analyse(pcapOf([...established, { t: 1, from: "s", flags: "S", seq: 9000 }]))).at(-1)).toBe(
      "server SYN -> ESTABLISHED/ESTABLISHED [SYN in a synchronized state: answered with a challenge ACK (RFC 5961)]",
    );
  });
  it("names data that was already received", () => {
    expect(rows(analyse(pcapOf([...established, { t: 0.5, from: "c", flags: "A", seq: 101, ack: 301, len: 10 }]))).at(-1)).toBe(
      "client ACK -> ESTABLISHED/ESTABLISHED [retransmission of #3; already received: answered with an ACK]",
    );
  });
});

describe("a handshake completed by data", () => {
  it("marks the lost ACK and completes SYN-RECEIVED with the data", () => {
    const json = analyse(
      pcapOf([...HANDSHAKE, { t: 1, from: "s", flags: "SA", seq: 300, ack: 101 }, { t: 1.5, from: "c", flags: "A", seq: 101, ack: 301, len: 20 }]),
    );
    expect(rows(json).slice(2)).toEqual([
      "client ACK (lost) -> ESTABLISHED/SYN-RECEIVED [ACK lost: #3 repeats the SYN,ACK]",
      "server SYN,ACK -> ESTABLISHED/SYN-RECEIVED [retransmission of #1; already received: answered with an ACK]",
      "client ACK -> ESTABLISHED/ESTABLISHED [the handshake completes with this data segment (its ACK stands in for the lost one)]",
    ]);
  });
});

describe("timers, by profile", () => {
  const closeAndWait: HandSegment[] = [
    ...HANDSHAKE,
    { t: 1, from: "c", flags: "FA", seq: 101, ack: 301 },
    { t: 1.001, from: "s", flags: "A", seq: 301, ack: 102 },
  ];
  it("closes FIN-WAIT-2 after 60 s with Linux, never with the RFC", () => {
    const file = lastsUntil(pcapOf(closeAndWait), 70);
    expect(analyse(file, "rfc").connections[0]!.end).toEqual({ client: "FIN-WAIT-2", server: "CLOSE-WAIT" });
    expect(analyse(file, "linux").connections[0]!.end).toEqual({ client: "CLOSED", server: "CLOSE-WAIT" });
    // Before the timeout, not yet.
    expect(analyse(lastsUntil(pcapOf(closeAndWait), 60), "linux").connections[0]!.end.client).toBe("FIN-WAIT-2");
  });

  it("ends TIME-WAIT after 60 s with Linux and 240 s (2 MSL) with the RFC", () => {
    const closed = [
      ...closeAndWait,
      { t: 2, from: "s" as const, flags: "FA", seq: 301, ack: 102 },
      { t: 2.001, from: "c" as const, flags: "A", seq: 102, ack: 302 },
    ];
    const at100 = lastsUntil(pcapOf(closed), 100);
    expect(analyse(at100, "rfc").connections[0]!.end.client).toBe("TIME-WAIT");
    expect(analyse(at100, "linux").connections[0]!.end.client).toBe("CLOSED");
    expect(analyse(lastsUntil(pcapOf(closed), 300), "rfc").connections[0]!.end.client).toBe("CLOSED");
  });

  it("gives up a SYN after 5 retries (63 s) with the RFC and 6 (127 s) with Linux", () => {
    const syns: HandSegment[] = [0, 1, 3, 7, 15, 31].map((t) => ({ t, from: "c", flags: "S", seq: 100 }));
    const at100 = lastsUntil(pcapOf(syns), 100);
    const rfc = analyse(at100, "rfc").connections[0]!;
    expect(rfc.end.client).toBe("CLOSED");
    expect(rfc.segments.slice(0, 5).every((s) => !s.delivered)).toBe(true);
    expect(analyse(at100, "linux").connections[0]!.end.client).toBe("SYN-SENT");
    expect(analyse(lastsUntil(pcapOf(syns), 130), "linux").connections[0]!.end.client).toBe("CLOSED");
  });
});

describe("connections", () => {
  it("starts a new connection for a new SYN on the same 4-tuple after a close", () => {
    const json = analyse(
      pcapOf([
        { t: 0, from: "c", flags: "S", seq: 100 },
        { t: 0.001, from: "s", flags: "RA", seq: 0, ack: 101 },
        { t: 1, from: "c", flags: "S", seq: 5000 },
        { t: 1.001, from: "s", flags: "SA", seq: 700, ack: 5001 },
      ]),
    );
    expect(json.connections.map((c) => c.isn)).toEqual([
      { client: 100, server: null },
      { client: 5000, server: 700 },
    ]);
    expect(rows(json, 1)).toEqual(["client SYN -> SYN-SENT/SYN-RECEIVED", "server SYN,ACK -> ESTABLISHED/SYN-RECEIVED"]);
  });

  it("takes a capture that starts mid-connection as ESTABLISHED on both sides", () => {
    const json = analyse(
      pcapOf([
        { t: 0, from: "c", flags: "A", seq: 1000, ack: 2000, len: 5 },
        { t: 0.1, from: "s", flags: "FA", seq: 2000, ack: 1005 },
      ]),
    );
    expect(json.connections[0]!.isn).toBeNull();
    expect(rows(json)).toEqual(["client ACK -> ESTABLISHED/ESTABLISHED", "server ACK,FIN -> CLOSE-WAIT/FIN-WAIT-1"]);
  });
});
