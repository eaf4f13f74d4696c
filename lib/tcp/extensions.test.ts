import { describe, expect, it } from "vitest";
import { cookieSlot, synCookie } from "./listener";
import { established, lastStates, run, segmentLines, sentBy, stateLines } from "./testing";

// The optional scenario fields of docs/scenarios.md ("Optional extensions"). Without them every
// trace is what it always was (contract-example.test.ts and rfc-figures.test.ts keep that).

describe("RFC 5961 in synchronized states (always on)", () => {
  it("a RST in the window but not at RCV.NXT gets a challenge ACK and changes nothing", () => {
    const r = established([{ inject: { to: "B", flags: ["RST"], seq: 150 } }, { deliver: 4 }]);
    expect(sentBy(r, 6)).toEqual(["B>A ACK seq=301 ack=101"]);
    expect(lastStates(r)).toEqual({ A: "ESTABLISHED", B: "ESTABLISHED" });
  });

  it("a RST outside the window is dropped silently", () => {
    const r = established([{ inject: { to: "B", flags: ["RST"], seq: 100 + 70_000 } }, { deliver: 4 }]);
    expect(sentBy(r, 6)).toEqual([]);
    expect(lastStates(r).B).toBe("ESTABLISHED");
  });

  it("a RST exactly at RCV.NXT resets", () => {
    const r = established([{ inject: { to: "B", flags: ["RST"], seq: 101 } }, { deliver: 4 }]);
    expect(lastStates(r).B).toBe("CLOSED");
    expect(r.trace.steps[6]!.notes).toEqual(["B: connection reset"]);
  });

  it("a SYN in ESTABLISHED gets a challenge ACK, even in the window", () => {
    const r = established([
      { inject: { to: "B", flags: ["SYN"], seq: 5000 } },
      { deliver: 4 },
      { inject: { to: "B", flags: ["SYN"], seq: 101 } },
      { deliver: 6 },
    ]);
    expect(sentBy(r, 6)).toEqual(["B>A ACK seq=301 ack=101"]);
    expect(sentBy(r, 8)).toEqual(["B>A ACK seq=301 ack=101"]);
    expect(lastStates(r).B).toBe("ESTABLISHED");
  });
});

describe("keepAlive", () => {
  const keepAlive = { B: { idle: 60, interval: 10, probes: 3 } };

  it("off by default: an idle connection sends nothing however long it waits", () => {
    const r = established([{ wait: 100_000 }]);
    expect(r.trace.segments).toHaveLength(3);
  });

  it("probes <SEQ=SND.NXT-1><ACK=RCV.NXT> after the idle time; a live peer answers with an ACK and the idle time restarts", () => {
    const r = established([{ wait: 60 }, { deliver: "all" }, { wait: 59 }, { wait: 1 }], { keepAlive });
    expect(sentBy(r, 5)).toEqual(["B>A ACK seq=300 ack=101"]);
    expect(sentBy(r, 6)).toEqual(["A>B ACK seq=101 ack=301"]);
    expect(sentBy(r, 7)).toEqual([]);
    expect(sentBy(r, 8)).toEqual(["B>A ACK seq=300 ack=101"]);
    expect(r.trace.steps[8]!.t).toBe(120);
  });

  it("finds a crashed peer: the peer answers the probe with a RST that resets the connection (half-open, Figure 10)", () => {
    const r = established([{ crash: "A" }, { wait: 60 }, { deliver: "all" }], { keepAlive });
    expect(segmentLines(r).slice(3)).toEqual(["B>A ACK seq=300 ack=101", "A>B RST seq=101 ack=0"]);
    expect(lastStates(r)).toEqual({ A: "CLOSED", B: "CLOSED" });
    expect(r.trace.steps.at(-1)!.notes).toEqual(["B: connection reset"]);
  });

  it("gives up after `probes` unanswered probes, `interval` apart", () => {
    const r = established([{ wait: 60 }, { drop: 4 }, { wait: 10 }, { drop: 5 }, { wait: 10 }, { drop: 6 }, { wait: 9 }, { wait: 1 }], { keepAlive });
    expect(r.trace.segments.slice(3).map((s) => s.from + s.flags.join())).toEqual(["BACK", "BACK", "BACK"]);
    expect(stateLines(r).slice(-2)).toEqual(["ESTABLISHED/ESTABLISHED", "ESTABLISHED/CLOSED"]);
    expect(r.trace.steps.at(-1)!.t).toBe(90);
    expect(r.trace.steps.at(-1)!.notes).toEqual(["B: connection timed out"]);
  });
});

describe("filtered", () => {
  it("a firewall discards every segment to the endpoint: a SYN to a closed port gets no RST", () => {
    const r = run({
      isn: { A: 100, B: 300 },
      filtered: ["B"],
      maxRetries: 1,
      steps: [{ call: "connect", on: "A" }, { deliver: 1 }, { wait: 1 }, { deliver: 2 }, { wait: 2 }],
    });
    expect(r.trace.segments.map((s) => s.fate)).toEqual(["dropped", "dropped"]);
    expect(r.trace.steps[1]!.received).toEqual([]);
    expect(lastStates(r).A).toBe("CLOSED");
    expect(r.trace.steps.at(-1)!.notes).toEqual(["A: connection timed out"]);
  });
});

describe("finWait2Timeout", () => {
  it("FIN-WAIT-2 lasts for ever without it, and `finWait2Timeout` seconds with it", () => {
    const steps = [{ call: "close", on: "A" }, { deliver: "all" }, { wait: 60 }] as const;
    expect(lastStates(established([...steps]))).toEqual({ A: "FIN-WAIT-2", B: "CLOSE-WAIT" });
    const r = established([...steps], { finWait2Timeout: 60 });
    expect(lastStates(r)).toEqual({ A: "CLOSED", B: "CLOSE-WAIT" });
    expect(r.records.at(-1)!.transitions).toMatchObject([{ side: "A", from: "FIN-WAIT-2", to: "CLOSED", event: "timeout:fin-wait-2" }]);
  });
});

describe("timeWaitReopen", () => {
  const closeFirst = [{ call: "close", on: "B" }, { deliver: "all" }, { call: "close", on: "A" }, { deliver: "all" }] as const;
  const newSyn = (seq: number) => [{ inject: { to: "B" as const, flags: ["SYN" as const], seq } }, { deliver: 8 }];

  it("without it, a SYN in TIME-WAIT gets only an ACK and TIME-WAIT goes on", () => {
    const r = established([...closeFirst, ...newSyn(5000)]);
    expect(sentBy(r, 10)).toEqual(["B>A ACK seq=302 ack=102"]);
    expect(lastStates(r).B).toBe("TIME-WAIT");
  });

  it("with it, a SYN beyond the old connection's numbers reopens: SYN-RECEIVED, SYN,ACK with ISS = old SND.NXT + 65537", () => {
    const r = established([...closeFirst, ...newSyn(5000)], { timeWaitReopen: true });
    expect(sentBy(r, 10)).toEqual([`B>A ACK,SYN seq=${302 + 65537} ack=5001`]);
    expect(lastStates(r).B).toBe("SYN-RECEIVED");
  });

  it("with it, a SYN at or below RCV.NXT is still only acknowledged", () => {
    const r = established([...closeFirst, ...newSyn(102)], { timeWaitReopen: true });
    expect(sentBy(r, 10)).toEqual(["B>A ACK seq=302 ack=102"]);
    expect(lastStates(r).B).toBe("TIME-WAIT");
  });
});

describe("timeWaitIgnoresRst (RFC 1337)", () => {
  // A closes first; B's data segment (4) is duplicated and the copy reaches A in TIME-WAIT; A's
  // ACK reaches B, which has no connection and answers with a RST at exactly A's RCV.NXT.
  const assassination = [
    { call: "send", on: "B", bytes: 50 },
    { deliver: "all" },
    { call: "close", on: "A" },
    { deliver: "all" },
    { call: "close", on: "B" },
    { deliver: "all" },
    { duplicate: 4 },
    { deliver: 10 },
    { deliver: 11 },
    { deliver: 12 },
  ] as const;

  it("without it, the RST answering TIME-WAIT's ACK of an old duplicate closes TIME-WAIT (RFC 9293 3.10.7.4, second)", () => {
    const r = established([...assassination]);
    expect(segmentLines(r).slice(9)).toEqual(["B>A ACK seq=301 ack=101 len=50", "A>B ACK seq=102 ack=352", "B>A RST seq=352 ack=0"]);
    expect(lastStates(r)).toEqual({ A: "CLOSED", B: "CLOSED" });
  });

  it("with it, TIME-WAIT drops the RST and goes on, and also drops a RST in its window without a challenge ACK", () => {
    const r = established([...assassination, { inject: { to: "A", flags: ["RST"], seq: 400 } }, { deliver: 13 }], { timeWaitIgnoresRst: true });
    expect(lastStates(r)).toEqual({ A: "TIME-WAIT", B: "CLOSED" });
    expect(sentBy(r, 14)).toEqual([]);
  });

  it("changes nothing outside TIME-WAIT", () => {
    const r = established([{ inject: { to: "B", flags: ["RST"], seq: 101 } }, { deliver: 4 }], { timeWaitIgnoresRst: true });
    expect(lastStates(r).B).toBe("CLOSED");
  });
});

describe("mss", () => {
  it("without it, SYNs carry no option and a SEND goes as one segment whatever its size", () => {
    const r = established([{ call: "send", on: "A", bytes: 5000 }, { deliver: "all" }]);
    expect(r.trace.segments.some((s) => "mss" in s)).toBe(false);
    expect(r.trace.segments[3]!.len).toBe(5000);
  });

  it("each SYN carries its sender's MSS option, and data goes in segments of at most the smaller MSS", () => {
    const r = established([{ call: "send", on: "A", bytes: 1200 }, { deliver: "all" }], { mss: { A: 1460, B: 536 } });
    expect(r.trace.segments.slice(0, 2).map((s) => s.mss)).toEqual([1460, 536]);
    expect(r.trace.segments.filter((s) => s.from === "A" && s.len > 0).map((s) => [s.seq, s.len])).toEqual([
      [101, 536],
      [637, 536],
      [1173, 128],
    ]);
  });

  it("a side whose peer sent no MSS option assumes 536 (RFC 9293 3.7.1); a side without its own value sends up to the peer's", () => {
    const r = established([{ call: "send", on: "A", bytes: 1000 }, { call: "send", on: "B", bytes: 2000 }, { deliver: "all" }], { mss: { A: 1460 } });
    expect(r.trace.segments[1]!.mss).toBeUndefined();
    expect(r.trace.segments.filter((s) => s.from === "A" && s.len > 0).map((s) => s.len)).toEqual([536, 464]);
    expect(r.trace.segments.filter((s) => s.from === "B" && s.len > 0).map((s) => s.len)).toEqual([1460, 540]);
  });
});

describe("listener: several connections keyed by the client's port", () => {
  it("keeps the single-connection trace format when unused (no port, no connections, no listener)", () => {
    const r = established([]);
    expect(Object.keys(r.trace.steps[0]!)).toEqual(["i", "t", "states", "sent", "received", "error", "notes"]);
    expect(Object.keys(r.trace.segments[0]!)).not.toContain("port");
  });

  it("stays in LISTEN while its children open; each connection's states are in the trace", () => {
    const r = run({
      isn: { A: 100, B: 300 },
      listener: {},
      steps: [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { call: "connect", on: "A", port: 5001 }, { deliver: "all" }],
    });
    expect(segmentLines(r)).toEqual([
      "A>B SYN seq=100 ack=0",
      "A>B SYN seq=100 ack=0",
      "B>A ACK,SYN seq=300 ack=101",
      "B>A ACK,SYN seq=300 ack=101",
      "A>B ACK seq=101 ack=301",
      "A>B ACK seq=101 ack=301",
    ]);
    expect(r.trace.segments.map((s) => s.port ?? null)).toEqual([null, 5001, null, 5001, null, 5001]);
    const last = r.trace.steps.at(-1)!;
    expect(last.states).toEqual({ A: "ESTABLISHED", B: "ESTABLISHED" });
    expect(last.connections).toEqual([
      { port: null, states: { A: "ESTABLISHED", B: "ESTABLISHED" } },
      { port: 5001, states: { A: "ESTABLISHED", B: "ESTABLISHED" } },
    ]);
    expect(last.listener).toEqual({ side: "B", state: "LISTEN", synQueue: 0, acceptQueue: 2 });
    expect(r.trace.steps[0]!.states.B).toBe("LISTEN");
  });

  it("a full SYN queue drops further SYNs (a SYN flood), and the real client's SYN goes unanswered", () => {
    const flood = [1, 2, 3].map((k) => ({ inject: { to: "B" as const, flags: ["SYN" as const], seq: 7000 + k, port: 40000 + k } }));
    // The spoofed sources do not exist: B's SYN,ACKs to them are lost (were one to exist, its RST would free the entry).
    const deliverSyns = [{ deliver: 1 }, { deliver: 2 }, { deliver: 3 }, { drop: 4 }, { drop: 5 }, { drop: 6 }];
    const r = run({
      isn: { A: 100, B: 300 },
      listener: { synQueue: 3 },
      steps: [{ call: "listen", on: "B" }, ...flood, ...deliverSyns, { call: "connect", on: "A" }, { deliver: 7 }],
    });
    expect(r.trace.steps[9]!.listener).toEqual({ side: "B", state: "LISTEN", synQueue: 3, acceptQueue: 0 });
    expect(r.trace.steps[11]!.sent).toEqual([]);
    expect(r.trace.steps[11]!.connections).toEqual([
      { port: null, states: { A: "SYN-SENT", B: "LISTEN" } },
      { port: 40001, states: { A: "CLOSED", B: "SYN-RECEIVED" } },
      { port: 40002, states: { A: "CLOSED", B: "SYN-RECEIVED" } },
      { port: 40003, states: { A: "CLOSED", B: "SYN-RECEIVED" } },
    ]);
  });

  it("half-open children leave the SYN queue when B gives up on their SYN,ACK (rto, 2 rto... after maxRetries)", () => {
    const r = run({
      isn: { A: 100, B: 300 },
      listener: { synQueue: 1 },
      maxRetries: 2,
      steps: [{ call: "listen", on: "B" }, { inject: { to: "B", flags: ["SYN"], seq: 9, port: 777 } }, { deliver: 1 }, { wait: 6.999999 }, { wait: 0.000001 }],
    });
    expect(r.trace.steps[3]!.listener!.synQueue).toBe(1);
    expect(r.trace.steps[4]!.listener!.synQueue).toBe(0);
    expect(r.trace.steps[4]!.connections).toEqual([]);
  });

  it("with SYN cookies, a full SYN queue still answers; B keeps nothing, and the final ACK restores the connection", () => {
    const r = run({
      isn: { A: 100, B: 300 },
      listener: { synQueue: 1, synCookies: true },
      steps: [
        { call: "listen", on: "B" },
        { inject: { to: "B", flags: ["SYN"], seq: 9, port: 777 } },
        { deliver: 1 },
        { call: "connect", on: "A" },
        { deliver: 3 },
        { deliver: 4 },
        { deliver: 5 },
      ],
    });
    const cookie = synCookie(300, null, 100, cookieSlot(0));
    expect(sentBy(r, 4)).toEqual([`B>A ACK,SYN seq=${cookie} ack=101`]);
    expect(r.trace.steps[4]!.connections!.map((c) => c.port)).toEqual([null, 777]);
    expect(r.trace.steps[4]!.states.B).toBe("LISTEN");
    expect(sentBy(r, 5)).toEqual([`A>B ACK seq=101 ack=${(cookie + 1) >>> 0}`]);
    expect(r.trace.steps[6]!.states).toEqual({ A: "ESTABLISHED", B: "ESTABLISHED" });
    expect(r.trace.steps[6]!.notes).toEqual(["B: connection restored from a SYN cookie"]);
    expect(r.trace.steps[6]!.listener!.acceptQueue).toBe(1);
  });

  it("an ACK that is no cookie of B's is answered with a RST, as in LISTEN", () => {
    const r = run({
      isn: { A: 100, B: 300 },
      listener: { synCookies: true },
      steps: [{ call: "listen", on: "B" }, { inject: { to: "B", flags: ["ACK"], seq: 5, ack: 12345 } }, { deliver: 1 }],
    });
    expect(sentBy(r, 2)).toEqual(["B>A RST seq=12345 ack=0"]);
  });

  it("a full accept queue ignores the final ACK: the child stays in SYN-RECEIVED and retransmits its SYN,ACK", () => {
    const r = run({
      isn: { A: 100, B: 300 },
      listener: { acceptQueue: 1 },
      steps: [
        { call: "listen", on: "B" },
        { call: "connect", on: "A", port: 1 },
        { deliver: "all" },
        { call: "connect", on: "A" },
        { deliver: "all" },
        { wait: 1 },
      ],
    });
    const last = r.trace.steps.at(-1)!;
    expect(last.states).toEqual({ A: "ESTABLISHED", B: "SYN-RECEIVED" });
    expect(sentBy(r, 5)).toEqual(["B>A ACK,SYN seq=300 ack=101"]);
    expect(last.listener).toEqual({ side: "B", state: "LISTEN", synQueue: 1, acceptQueue: 1 });
  });

  it("TIME-WAIT holds one socket pair: a connection from another port opens while the old one waits", () => {
    const r = run({
      isn: { A: 100, B: 300 },
      listener: {},
      steps: [
        { call: "listen", on: "B" },
        { call: "connect", on: "A" },
        { deliver: "all" },
        { call: "close", on: "A" },
        { deliver: "all" },
        { call: "close", on: "B" },
        { deliver: "all" },
        { call: "connect", on: "A" },
        { call: "connect", on: "A", port: 5001 },
        { deliver: "all" },
      ],
    });
    expect(r.trace.steps[7]!.error).toBe("connection already exists");
    expect(r.trace.steps.at(-1)!.connections).toEqual([
      { port: null, states: { A: "TIME-WAIT", B: "LISTEN" } },
      { port: 5001, states: { A: "ESTABLISHED", B: "ESTABLISHED" } },
    ]);
  });

  it("a crash forgets every connection of the host and its listener", () => {
    const r = run({
      isn: { A: 100, B: 300 },
      listener: {},
      steps: [{ call: "listen", on: "B" }, { call: "connect", on: "A", port: 9 }, { deliver: "all" }, { crash: "B" }],
    });
    expect(r.trace.steps.at(-1)!.connections).toEqual([{ port: 9, states: { A: "ESTABLISHED", B: "CLOSED" } }]);
    expect(r.trace.steps.at(-1)!.listener!.state).toBe("CLOSED");
  });
});
