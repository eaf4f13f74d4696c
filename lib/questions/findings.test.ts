import { describe, expect, it } from "vitest";
import { SEQ_SPACE, type Trace } from "../tcp";
import { answerFor, DIFFICULTIES, generateQuestion, grade, listTemplates, misconceptionLabel, type Question } from ".";
import { FLAG_OPTIONS } from "./inputs";
import { runScenario } from "./story";

// One test per finding of the content review (issue 11, section 1): each fails on the old templates.

const seeds = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const all = (id: string, n = 20, levels = DIFFICULTIES): Question[] => levels.flatMap((d) => seeds(n).map((seed) => generateQuestion(id, seed, d)));
const texts = (q: Question): string[] => [q.prompt.en, q.prompt.zh, q.keyText.en, q.keyText.zh, q.explanation.text.en, q.explanation.text.zh];
const choiceText = (q: Question): string => {
  const key = answerFor(q);
  const input = q.input.en;
  if (key.kind !== "choice" || input.kind !== "choice") throw new Error("not a choice question");
  return input.options.find((o) => o.id === key.choice)!.text;
};
/** A segment that occupies sequence space sent again: same side, flags, seq and length as an earlier one. */
const retransmissions = (trace: Trace) =>
  trace.segments.filter(
    (s, i) =>
      (s.len > 0 || s.flags.includes("SYN") || s.flags.includes("FIN")) &&
      trace.segments.slice(0, i).some((e) => e.from === s.from && e.seq === s.seq && e.flags.join() === s.flags.join() && e.len === s.len),
  );

describe("why-old-duplicate-syn follows RFC 9293 Figure 8", () => {
  it("delivers the RST before the real SYN: B returns to LISTEN because of the RST, then the handshake completes", () => {
    for (const q of all("why-old-duplicate-syn", 30)) {
      const run = runScenario(q.scenario);
      const rsts = run.trace.segments.filter((s) => s.flags.includes("RST"));
      expect(rsts, `seed ${q.seed} d${q.difficulty}`).toHaveLength(1);
      const rstStep = run.trace.steps.find((s) => s.received.includes(rsts[0]!.id))!;
      const back = run.records[rstStep.i]!.transitions.find((t) => t.to === "LISTEN");
      expect(back?.event).toBe("rcv:RST");
      const last = run.trace.steps[run.trace.steps.length - 1]!;
      expect([last.states.A, last.states.B]).toEqual(["ESTABLISHED", "ESTABLISHED"]);
      expect(q.explanation.text.en).toMatch(/RST.*LISTEN.*handshake completed/);
    }
  });
});

describe("three-segment-close-flags", () => {
  it("never shows a FIN retransmission the text does not explain (the delayed ACK arrives before the close)", () => {
    for (const q of all("three-segment-close-flags", 100, [2, 3]))
      expect(retransmissions(q.explanation.diagram.trace), `seed ${q.seed} d${q.difficulty}`).toEqual([]);
  });
});

describe("the state-not-updated label", () => {
  it("is given only where a segment arrived at the asked side and moved it, and 3.10.7.4 is cited only for an arrival", () => {
    for (const id of ["handshake-state-after-step", "teardown-state-after-step", "loss-state-after-loss"])
      for (const q of all(id, 40)) {
        const run = runScenario(q.scenario);
        for (const d of q.distractors.filter((x) => x.misconception === "state-not-updated")) {
          const { side, step } = d.about!;
          expect(
            run.trace.steps[step]!.received.some((sid) => run.trace.segments[sid - 1]!.to === side),
            `${id} seed ${q.seed}`,
          ).toBe(true);
          expect(run.records[step]!.transitions.some((t) => t.side === side && t.event.startsWith("rcv:"))).toBe(true);
        }
        if (id === "loss-state-after-loss") expect(q.distractors.map((x) => x.misconception)).not.toContain("state-not-updated");
        if (q.explanation.rfc === "3.10.7.4") {
          const step = q.explanation.diagram.highlightStep!;
          expect(run.trace.steps[step]!.received.length + run.records[step]!.transitions.length, `${id} seed ${q.seed}`).toBeGreaterThan(0);
        }
      }
  });
});

describe("teardown-fin-ack", () => {
  it("labels ISN + 3 as one number too many, not as a forgotten SYN", () => {
    const q = generateQuestion("teardown-fin-ack", 1, 1);
    const run = runScenario(q.scenario);
    const isn = run.trace.segments[0]!.from === q.prompt.en.match(/(\w)'s SYN carried/)![1] ? run.trace.segments[0]!.seq : run.trace.segments[1]!.seq;
    const plus3 = q.distractors.find((d) => d.response.kind === "number" && d.response.value === isn + 3);
    expect(plus3?.misconception).toBe("pure-ack-takes-a-number");
  });

  it("wraps at level 3 and offers the unwrapped sum as the no-wraparound mistake", () => {
    for (let seed = 1; seed <= 100; seed++) {
      const q = generateQuestion("teardown-fin-ack", seed, 3);
      const key = (answerFor(q) as { value: number }).value;
      const wrap = q.distractors.find((d) => d.misconception === "no-wraparound");
      expect(wrap, `seed ${seed}`).toBeDefined();
      expect((wrap!.response as { value: number }).value).toBe(key + SEQ_SPACE);
    }
  });
});

describe("teardown-state-order", () => {
  it("offers no path that passes through a state twice", () => {
    for (const q of all("teardown-state-order", 40))
      for (const d of q.distractors)
        if (d.response.kind === "state-order") expect(new Set(d.response.states).size, `seed ${q.seed}`).toBe(d.response.states.length);
  });
});

describe("reset-abort", () => {
  it("writes whole Chinese sentences and shows no RST it does not explain", () => {
    for (const q of all("reset-abort", 40)) {
      expect(q.keyText.zh).not.toMatch(/发送 不发送/);
      const rsts = q.explanation.diagram.trace.segments.filter((s) => s.flags.includes("RST"));
      expect(rsts.length, `seed ${q.seed} d${q.difficulty}`).toBeLessThanOrEqual(1);
      for (const r of rsts) expect(q.explanation.diagram.trace.steps[q.explanation.diagram.highlightStep!]!.sent).toContain(r.id);
    }
  });
});

describe("loss-state-after-loss", () => {
  it("says 最后一个 ACK without a demonstrative glued in front", () => {
    for (const q of all("loss-state-after-loss", 20)) expect(q.prompt.zh).not.toMatch(/这个 最后一个/);
  });
});

describe("reset-in-state asks RFC 5961's three cases", () => {
  it("exact RCV.NXT resets; in-window but inexact gets a challenge ACK and keeps the state; out-of-window is dropped", () => {
    const seen = new Set<string>();
    for (const q of all("reset-in-state", 30)) {
      expect(q.prompt.en).not.toMatch(/exactly the next sequence number/);
      const run = runScenario(q.scenario);
      const step = q.explanation.diagram.highlightStep!;
      const rst = run.trace.segments[run.trace.steps[step]!.received[0]! - 1]!;
      const side = rst.to;
      const rcvNxt = run.states[step]!.tcb[side].rcvNxt;
      const offset = (rst.seq - rcvNxt + SEQ_SPACE) % SEQ_SPACE;
      const before = run.trace.steps[step - 1]!.states[side];
      const key = (answerFor(q) as { state: string }).state;
      const replies = run.trace.steps[step]!.sent.map((id) => run.trace.segments[id - 1]!);
      if (offset === 0) {
        seen.add("exact");
        expect(["CLOSED", "LISTEN"]).toContain(key);
      } else if (offset < 65535) {
        seen.add("in-window");
        expect(key).toBe(before);
        expect(replies.map((r) => r.flags)).toEqual([["ACK"]]);
      } else {
        seen.add("outside");
        expect(key).toBe(before);
        expect(replies).toEqual([]);
      }
    }
    expect(seen).toEqual(new Set(["exact", "in-window", "outside"]));
  });
});

describe("half-close-data-ack", () => {
  it("says modulo 2^32 when the acknowledgment wraps", () => {
    let wrapped = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const q = generateQuestion("half-close-data-ack", seed, 3);
      const m = /ack = (\d+) \+ (\d+) = (\d+)/.exec(q.explanation.text.en)!;
      if (Number(m[3]) >= Number(m[1])) continue;
      wrapped += 1;
      expect(q.explanation.text.en).toMatch(/modulo 2\^32/);
      expect(q.explanation.text.zh).toMatch(/按 2\^32 取模回绕/);
    }
    expect(wrapped).toBeGreaterThan(0);
  });
});

describe("half-close-who-sends", () => {
  it("varies its answer at every level", () => {
    for (const d of DIFFICULTIES) {
      const answers = new Set(seeds(20).map((seed) => choiceText(generateQuestion("half-close-who-sends", seed, d)).replace(/\b[AB]\b/g, "X")));
      expect(answers.size, `d${d}`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("why-four-to-close", () => {
  it("puts the fact the key names (the bytes still to send) in the stem", () => {
    for (const q of all("why-four-to-close", 20)) {
      const bytes = /(\d+) bytes/.exec(choiceText(q))![1]!;
      expect(q.prompt.en).toContain(`${bytes} bytes to send`);
    }
  });

  it("labels the two closing mistakes with what is wrong in them", () => {
    expect(misconceptionLabel("fin-cannot-carry-ack", "en")).toMatch(/it can \(FIN,ACK\)/);
    expect(misconceptionLabel("close-is-symmetric-with-open", "en")).toMatch(/SYN,ACK/);
    expect(misconceptionLabel("close-is-symmetric-with-open", "en")).not.toMatch(/so its FIN and ACK are separate$/);
  });
});

describe("reply-missing-ack", () => {
  it("does not claim that every segment after the first SYN carries ACK", () => {
    expect(misconceptionLabel("reply-missing-ack", "en")).not.toMatch(/every segment after the very first SYN/);
    expect(misconceptionLabel("reply-missing-ack", "en")).toMatch(/received its peer's SYN/);
  });
});

describe("reset-closed-port", () => {
  it("varies its key and labels a RST without ACK by the rule it breaks", () => {
    const keys = new Set<string>();
    for (const q of all("reset-closed-port", 12)) {
      keys.add(JSON.stringify(answerFor(q)));
      for (const d of q.distractors) expect(d.misconception).not.toBe("reply-missing-ack");
    }
    expect(keys.size).toBe(3);
  });
});

describe("handshake-state-after-step", () => {
  it("does not tell the learner that the server is listening", () => {
    for (const q of all("handshake-state-after-step", 20)) {
      expect(q.prompt.en).not.toMatch(/listening/);
      expect(q.prompt.zh).not.toMatch(/正在监听/);
    }
  });
});

describe("the smaller wording findings", () => {
  it("time-wait-who has no double space", () => {
    for (const q of all("time-wait-who", 20)) for (const t of texts(q)) expect(t).not.toMatch(/ {2}/);
  });

  it("time-wait-reconnect says 'still in TIME-WAIT' and cites RFC 9293 3.6.1 MAY-2", () => {
    for (const q of all("time-wait-reconnect", 8)) {
      expect(q.explanation.text.en).not.toMatch(/is TIME-WAIT/);
      expect(q.explanation.text.en).toMatch(/MAY-2/);
      if (q.explanation.text.en.includes("refused")) expect(q.explanation.text.en).toMatch(/still in TIME-WAIT/);
    }
  });

  it("loss-syn-backoff says how many transmissions are lost", () => {
    for (const q of all("loss-syn-backoff", 10)) {
      expect(q.prompt.en).not.toMatch(/up to the/);
      expect(q.prompt.en).toMatch(/The first \d transmissions of the SYN are lost/);
    }
  });

  it("three-segment-close-count explains the rule of its own case", () => {
    for (const q of all("three-segment-close-count", 20)) {
      const delayed = runScenario(q.scenario).states[0]!.config.delayedAck;
      expect(q.explanation.text.en.startsWith(delayed ? "With delayed ACKs" : "Without delayed ACKs"), `seed ${q.seed}`).toBe(true);
    }
  });

  it("names the one segment an ACK acknowledged, never 'its SYN or FIN'", () => {
    for (const id of ["handshake-state-after-step", "teardown-state-after-step", "simultaneous-close-state"])
      for (const q of all(id, 20)) expect(q.explanation.text.en).not.toMatch(/SYN or FIN|SYN,ACK or FIN/);
  });

  it("says that 0.2 s is this simulator's delayed-ACK choice", () => {
    for (const id of ["three-segment-close-flags", "three-segment-close-count"])
      for (const q of all(id, 5)) for (const t of [q.prompt.en, q.explanation.text.en]) if (t.includes("0.2 s")) expect(t).toMatch(/simulator/);
    expect(misconceptionLabel("delayed-ack-waits-forever", "en")).toMatch(/simulator.*0\.5 s/);
  });
});

describe("flag order", () => {
  it("writes SYN, FIN, RST, then ACK in every text and offers the checkboxes in that order", () => {
    expect(FLAG_OPTIONS).toEqual(["SYN", "FIN", "RST", "ACK"]);
    for (const t of listTemplates())
      for (const q of all(t.id, 6)) {
        const g = grade(q, answerFor(q), "en");
        for (const text of [...texts(q), g.expected.text]) expect(text, `${t.id} seed ${q.seed}`).not.toMatch(/\bACK,(SYN|FIN|RST)\b/);
      }
  });
});
