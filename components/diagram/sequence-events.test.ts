import { describe, expect, it } from "vitest";
import type { Side, TraceSegment } from "@/lib/tcp/types";
import { lossCloseTrace } from "./fixtures";
import { copyCreationSteps, orderStepEvents, sendPhases, type EventRow } from "./sequence-events";

let nextId = 1;
const seg = (from: Side, flags: TraceSegment["flags"], seq: number, ack: number, len = 0, id = nextId++): TraceSegment => ({
  id,
  from,
  to: from === "A" ? "B" : "A",
  flags,
  seq,
  ack,
  len,
  fate: "delivered",
});
/** Each row as "A:recv3 B:send5" to compare orders readably. */
const show = (rows: EventRow[]) => rows.map((r) => r.events.map((e) => `${e.side}:${e.kind === "send" ? "send" : "recv"}${e.segment.id}`).join(" "));

describe("the order of events inside a step", () => {
  it("puts a handshake delivered in one step in causal order, reply leaving where the trigger arrived", () => {
    const syn = seg("A", ["SYN"], 1000, 0, 0, 1);
    const synAck = seg("B", ["ACK", "SYN"], 5000, 1001, 0, 2);
    const ack = seg("A", ["ACK"], 1001, 5001, 0, 3);
    const byId = new Map([syn, synAck, ack].map((s) => [s.id, s]));
    expect(show(orderStepEvents([2, 3], [1, 2, 3], [], byId))).toEqual(["B:recv1 B:send2", "A:recv2 A:send3", "B:recv3"]);
  });

  it("sends the ACK of data after the data arrives, not after an earlier pure ACK", () => {
    const pureAck = seg("A", ["ACK"], 1001, 5001, 0, 3);
    const data = seg("A", ["ACK"], 1001, 5001, 100, 4);
    const ackOfData = seg("B", ["ACK"], 5001, 1101, 0, 5);
    expect(sendPhases([ackOfData], [pureAck, data])).toEqual([2]);
  });

  it("orders a simultaneous close so that each side answers the FIN it received", () => {
    const finA = seg("A", ["ACK", "FIN"], 1001, 5001, 0, 4);
    const finB = seg("B", ["ACK", "FIN"], 5001, 1001, 0, 5);
    const ackB = seg("B", ["ACK"], 5002, 1002, 0, 6);
    const ackA = seg("A", ["ACK"], 1002, 5002, 0, 7);
    const byId = new Map([finA, finB, ackB, ackA].map((s) => [s.id, s]));
    // B receives A's FIN and answers while A receives B's FIN and answers: they share rows.
    expect(show(orderStepEvents([6, 7], [4, 5, 6, 7], [], byId))).toEqual(["B:recv4 B:send6 A:recv5 A:send7", "A:recv6 B:recv7"]);
  });

  it("gives every send of a call or timer step its own row when they come from the same side", () => {
    const a = seg("A", ["ACK"], 1, 1, 10, 8);
    const b = seg("A", ["ACK"], 11, 1, 10, 9);
    expect(show(orderStepEvents([9, 8], [], [], new Map([a, b].map((s) => [s.id, s]))))).toEqual(["A:send8", "A:send9"]);
  });

  it("never draws an arrival in the row its segment was sent in", () => {
    for (const step of lossCloseTrace.steps) {
      const byId = new Map(lossCloseTrace.segments.map((s) => [s.id, s]));
      const rows = orderStepEvents(step.sent, step.received, [], byId);
      const sentRow = new Map<number, number>();
      rows.forEach((row, r) => row.events.forEach((e) => e.kind === "send" && sentRow.set(e.segment.id, r)));
      rows.forEach((row, r) =>
        row.events.forEach((e) => {
          if (e.kind === "receive" && sentRow.has(e.segment.id)) expect(r).toBeGreaterThan(sentRow.get(e.segment.id)!);
        }),
      );
      // At one height a side receives at most one segment and sends at most one.
      rows.forEach((row) => {
        const kinds = row.events.map((e) => `${e.side}${e.kind}`);
        expect(new Set(kinds).size).toBe(kinds.length);
      });
    }
  });

  it("places duplicated and injected segments at the step that made them", () => {
    // loss-close: step 8 injects segment 7, step 13 duplicates segment 9 as segment 13.
    expect(copyCreationSteps(lossCloseTrace)).toEqual(
      new Map([
        [8, [7]],
        [13, [13]],
      ]),
    );
  });
});
