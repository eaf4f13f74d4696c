import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { parseScenario, simulateDetailed, type ScenarioInput } from "@/lib/tcp";
import { findPreset } from "./presets";
import { describeStep, formatFlags, segmentFields } from "./step-log";

const en = createTranslator(messages.en, "simulator");
const zh = createTranslator(messages.zh, "simulator");

function lines(input: ScenarioInput, t = en): string[] {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.message);
  const run = simulateDetailed(parsed.scenario);
  return parsed.scenario.steps.map((step, i) => describeStep(step, run.records[i]!, run.trace.segments, t).text);
}

describe("step log", () => {
  it("writes flags in the usual order and fields as the diagram does", () => {
    expect(formatFlags(["ACK", "FIN"])).toBe("FIN,ACK");
    expect(segmentFields({ flags: ["ACK"], seq: 1, ack: 2, len: 3 })).toBe("ACK seq=1 ack=2 len=3");
    expect(segmentFields({ flags: ["SYN"], seq: 1, ack: 0, len: 0 })).toBe("SYN seq=1");
  });

  it("describes calls, deliveries and their effects", () => {
    const log = lines(findPreset("four-way-close")!.scenario);
    expect(log[0]).toBe("B: listen → LISTEN");
    expect(log[1]).toBe("A: connect → SYN-SENT, sent #1 SYN seq=1000");
    expect(log[2]).toBe("deliver #1 → B: SYN-RECEIVED, sent #2 SYN,ACK seq=5000 ack=1001");
    expect(log[5]).toBe("A: close → FIN-WAIT-1, sent #4 FIN,ACK seq=1001 ack=5001");
    expect(log[6]).toBe("deliver #4 → B: CLOSE-WAIT, sent #5 ACK seq=5001 ack=1002 (B: remote closed)");
    expect(log[11]).toBe("wait 240 s → A: CLOSED");
  });

  it("shows refusals and notes, translated", () => {
    const input: ScenarioInput = {
      isn: { A: 1, B: 2 },
      steps: [{ call: "close", on: "A" }, { deliver: 9 }, { call: "connect", on: "A" }, { deliver: 1 }, { deliver: 2 }],
    };
    expect(lines(input)).toEqual([
      "A: close — refused: connection does not exist",
      "deliver #9 — refused: segment 9 is not in flight",
      "A: connect → SYN-SENT, sent #1 SYN seq=1",
      "deliver #1 → sent #2 RST,ACK seq=0 ack=2",
      "deliver #2 → A: CLOSED (A: connection refused)",
    ]);
    const chinese = lines(input, zh);
    expect(chinese).toEqual([
      "A：关闭 — 被拒绝：连接不存在（connection does not exist）",
      "投递 #9 — 被拒绝：报文段 9 不在途中",
      "A：发起连接 → SYN-SENT，发出 #1 SYN seq=1",
      "投递 #1 → 发出 #2 RST,ACK seq=0 ack=2",
      "投递 #2 → A：CLOSED；A：连接被拒绝（connection refused）",
    ]);
  });
});
