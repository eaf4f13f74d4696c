import { describe, expect, it } from "vitest";
import { situationsOf, textbookSituations } from "./situations";

describe("situations", () => {
  it("reads the textbook connection as state changes with the segments sent", () => {
    const cards = textbookSituations();
    const passive = cards.find((c) => c.side === "B" && c.before === "LISTEN")!;
    expect(passive).toMatchObject({ after: "SYN-RECEIVED", rfc: "3.10.7.2", sent: [{ flags: ["ACK", "SYN"], seq: 5000, ack: 1001, len: 0 }] });
    expect(passive.event.en).toContain("arrives at B");
    expect(passive.event.zh).toContain("到达 B");
    const finReceived = cards.find((c) => c.side === "B" && c.after === "CLOSE-WAIT")!;
    expect(finReceived.sent[0]).toMatchObject({ flags: ["ACK"], ack: 1002 });
    const paths = (side: "A" | "B") => cards.filter((c) => c.side === side && c.before !== c.after).map((c) => c.after);
    expect(paths("A")).toEqual(["SYN-SENT", "ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2", "TIME-WAIT", "CLOSED"]);
    expect(paths("B")).toEqual(["LISTEN", "SYN-RECEIVED", "ESTABLISHED", "CLOSE-WAIT", "LAST-ACK", "CLOSED"]);
  });

  it("includes sends without a state change, such as data in CLOSE-WAIT", () => {
    const data = textbookSituations().find((c) => c.before === "CLOSE-WAIT" && c.after === "CLOSE-WAIT" && c.sent[0]?.len === 100);
    expect(data?.side).toBe("B");
  });

  it("works on any scenario, such as a RST from a closed port", () => {
    const cards = situationsOf({ isn: { A: 10, B: 20 }, steps: [{ call: "connect", on: "A" }, { deliver: 1 }, { deliver: 2 }] });
    expect(cards.map((c) => `${c.side}:${c.before}>${c.after}`)).toEqual(["A:CLOSED>SYN-SENT", "B:CLOSED>CLOSED", "A:SYN-SENT>CLOSED"]);
    expect(cards[1]!.sent[0]!.flags).toEqual(["ACK", "RST"]);
  });
});
