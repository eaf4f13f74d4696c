import { describe, expect, it } from "vitest";
import { indexBlanks, segmentLabelParts } from "@/components/diagram/segment-label";
import { formatResponse } from "@/components/practice/format-response";
import { toSegmentView } from "@/lib/flashcards/format";
import { responseText } from "@/lib/progress/response-text";
import { answerFor, generateQuestion, grade, toPublic, type Question } from "@/lib/questions";
import { segmentText as stepLogSegment } from "@/lib/simulator/step-log";
import { FLAG_ORDER, formatFlags } from "./flags";
import { formatSegment } from "./segment";

// Issue 11, section 4: one segment renders the same in the key, the feedback, the diagram's label,
// /progress's list of answers, the simulator's step log and a flashcard's back.

/** A three-segment-close-flags question whose key is the FIN that carries the ACK (the trace lists it as ACK,FIN). */
function finAckQuestion(): Question {
  for (let seed = 1; seed < 50; seed++) {
    const q = generateQuestion("three-segment-close-flags", seed, 1);
    const key = answerFor(q);
    if (key.kind === "flags" && key.flags.includes("FIN")) return q;
  }
  throw new Error("no FIN,ACK key in 50 seeds");
}

describe("one segment, one rendering", () => {
  it("formats flags in the one order SYN, FIN, RST, then ACK, whatever order the trace keeps", () => {
    expect(FLAG_ORDER).toEqual(["SYN", "FIN", "RST", "ACK"]);
    expect(formatFlags(["ACK", "SYN"])).toBe("SYN,ACK");
    expect(formatFlags(["ACK", "FIN"])).toBe("FIN,ACK");
    expect(formatFlags(["ACK", "RST"])).toBe("RST,ACK");
    expect(formatFlags([])).toBe("");
    expect(formatSegment({ flags: ["ACK", "FIN"], seq: 4200, ack: 7001, len: 0 })).toBe("FIN,ACK seq=4200 ack=7001");
    expect(formatSegment({ flags: ["RST"], seq: 9, ack: 77, len: 0 })).toBe("RST seq=9");
    expect(formatSegment({ flags: ["ACK"], seq: 1, ack: 2, len: 100 })).toBe("ACK seq=1 ack=2 len=100");
  });

  it("writes a FIN,ACK key the same in the key text, the feedback, the diagram, /progress, the step log and a flashcard", () => {
    const q = finAckQuestion();
    const key = answerFor(q);
    const segment = q.explanation.diagram.trace.segments.find((s) => s.flags.includes("FIN") && s.flags.includes("ACK") && s.flags.length === 2 && s.id > 3)!;
    expect(segment.flags).toEqual(["ACK", "FIN"]);
    const flags = "FIN,ACK";
    const header = formatSegment(segment);
    expect(header.startsWith(`${flags} seq=`)).toBe(true);

    // The key, in both languages, and as the grader returns it.
    expect(q.keyText.en).toContain(flags);
    expect(q.keyText.zh).toContain(flags);
    expect(grade(q, key, "zh").expected.text).toContain(flags);
    // The feedback's "correct answer".
    for (const locale of ["en", "zh"] as const) expect(formatResponse(key, toPublic(q, locale).input, { noFlags: "-" })).toBe(flags);
    // The diagram's arrow label.
    expect(
      segmentLabelParts(segment, indexBlanks())
        .map((p) => p.text)
        .join(""),
    ).toBe(header);
    // /progress's list of answers.
    for (const locale of ["en", "zh"] as const) expect(responseText(q, key, locale)).toBe(flags);
    // The simulator's step log and a flashcard's back.
    expect(stepLogSegment(segment)).toBe(`#${segment.id} ${header}`);
    expect(toSegmentView(segment).text).toBe(header);
    expect(toSegmentView(segment).flags).toBe(flags);
    // The question's own sentences about that segment.
    const described = generateQuestion("three-segment-close-count", 1, 1).explanation.text.en;
    expect(described).not.toMatch(/ACK,FIN/);
  });

  it("writes an empty answer with the caller's words, and a RST,ACK in the one order", () => {
    const q = generateQuestion("reset-closed-port", 2, 1);
    const key = answerFor(q);
    expect(key).toEqual({ kind: "flags", flags: [] });
    expect(responseText(q, key, "en")).toBe("no control bits");
    expect(responseText(q, { kind: "flags", flags: ["ACK", "RST"] }, "zh")).toBe("RST,ACK");
    expect(formatResponse({ kind: "flags", flags: ["ACK", "RST"] }, toPublic(q, "en").input, { noFlags: "-" })).toBe("RST,ACK");
  });
});
