import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyseCapture } from "./analyse-capture";
import { captureQuestionKey, gradeCaptureAnswer, makeCaptureQuestion } from "./capture-questions";

const sample = (file: string) => analyseCapture(readFileSync(join(__dirname, "..", "..", "public", "captures", file))).connections[0]!;

describe("questions from a capture", () => {
  const lossy = sample("lost-last-ack.pcap");

  it("makes the same question from the same seed, and every kind over many seeds", () => {
    expect(makeCaptureQuestion(lossy, 7)).toEqual(makeCaptureQuestion(lossy, 7));
    const kinds = new Set(Array.from({ length: 60 }, (_, seed) => makeCaptureQuestion(lossy, seed)!.kind));
    expect(kinds).toEqual(new Set(["state-after", "lost-segment", "next-ack"]));
  });

  it("grades with the analysis: the key is the analysed state, lost segment or ack", () => {
    for (let seed = 0; seed < 60; seed += 1) {
      const q = makeCaptureQuestion(lossy, seed)!;
      const key = captureQuestionKey(lossy, q);
      if (q.kind === "state-after") {
        expect(q.choices).toContain(key);
        expect(key).toBe(lossy.segments[q.segment]!.after[q.role]);
      }
      if (q.kind === "lost-segment") expect(key).toBe("6");
      if (q.kind === "next-ack") expect(key).toBe(String(lossy.segments[q.segment]!.ack));
      expect(gradeCaptureAnswer(lossy, q, key).correct).toBe(true);
      expect(gradeCaptureAnswer(lossy, q, "nonsense").correct).toBe(false);
    }
  });

  it("asks no lost-segment question where nothing was lost, and none for a one-segment connection", () => {
    const clean = sample("four-way-close.pcap");
    expect(Array.from({ length: 40 }, (_, seed) => makeCaptureQuestion(clean, seed)!.kind)).not.toContain("lost-segment");
    expect(makeCaptureQuestion({ ...clean, segments: clean.segments.slice(0, 1) }, 1)).toBeNull();
  });
});
