/**
 * What is wrong with a spec, in both languages, each with the field it belongs to. Schema issues
 * carry a short key (spec.ts) that becomes a sentence here; the engine's own messages (a refused
 * scenario, a failed step) are quoted as they are, since they name the field or segment exactly.
 */
import type { Localized } from "../questions/types";
import { specSchema, MAX_BLANKS, MAX_PROMPT, MAX_SCENARIO_STEPS, MAX_TITLE, type QuestionSpec } from "./spec";

export interface Problem {
  /** Dotted path of the field ("ask.step", "prompt.zh"); "" for the spec as a whole. */
  path: string;
  message: Localized;
}

const L = (en: string, zh: string): Localized => ({ en, zh });

const MESSAGES: Record<string, Localized> = {
  side: L("Choose side A or B.", "请选择 A 端或 B 端。"),
  step: L("Choose a step of the run.", "请选择运行中的一个步骤。"),
  segment: L("Choose a segment of the run.", "请选择运行中的一个报文段。"),
  blankField: L(
    "A blank is the seq, ack or len of a segment, or a side's state after a step.",
    "空格只能是某个报文段的 seq、ack 或 len，或某一端在某一步之后的状态。",
  ),
  blanks: L(`Choose between 1 and ${MAX_BLANKS} blanks.`, `请选择 1 到 ${MAX_BLANKS} 个空格。`),
  segmentField: L("Ask for the flags, the seq or the ack of the segment.", "请选择询问报文段的控制位、seq 或 ack。"),
  timerKind: L("Choose the retransmission timer or the TIME-WAIT timer.", "请选择重传计时器或 TIME-WAIT 计时器。"),
  askKind: L("Choose what the question asks.", "请选择题目要问什么。"),
  seconds: L("Each time must be between 0.2 and 3600 seconds (RTO at most 60).", "每个时间必须在 0.2 到 3600 秒之间（RTO 最多 60 秒）。"),
  list: L("Give at most 6 values.", "最多填写 6 个数值。"),
  boolean: L("Must be on or off.", "必须是开或关。"),
  title: L("Write a title.", "请填写标题。"),
  titleRequired: L("Write the title in both languages.", "请用两种语言填写标题。"),
  titleTooLong: L(`A title has at most ${MAX_TITLE} characters.`, `标题最多 ${MAX_TITLE} 个字符。`),
  prompt: L("The prompt must be text.", "题干必须是文字。"),
  promptTooLong: L(`A prompt has at most ${MAX_PROMPT} characters.`, `题干最多 ${MAX_PROMPT} 个字符。`),
  promptBothLanguages: L(
    "Write the prompt in both languages, or leave both empty to use the generated one.",
    "请用两种语言填写题干，或两者都留空以使用自动生成的题干。",
  ),
  markup: L("Markup such as <b> or &amp; is not allowed: write plain text.", "不允许使用 <b> 或 &amp; 之类的标记：请填写纯文本。"),
  concept: L("Choose the concept the question exercises.", "请选择题目考查的知识点。"),
  difficulty: L("Choose a difficulty from 1 to 3.", "请选择 1 到 3 的难度。"),
  scenarioEmpty: L("The scenario has no steps: build a run in the simulator first.", "场景中没有步骤：请先在模拟器中构建一次运行。"),
  scenarioTooLong: L(`A question's scenario has at most ${MAX_SCENARIO_STEPS} steps.`, `题目的场景最多 ${MAX_SCENARIO_STEPS} 步。`),
};

const FALLBACK = L("This value is not valid.", "该值无效。");

/** The sentence of a schema message key; "scenario:<engine message>" quotes the engine. */
export function messageOf(key: string): Localized {
  if (key.startsWith("scenario:")) {
    const detail = key.slice("scenario:".length);
    return L(`The engine refuses the scenario: ${detail}`, `引擎拒绝了该场景：${detail}`);
  }
  return MESSAGES[key] ?? FALLBACK;
}

export type ParseSpecResult = { ok: true; spec: QuestionSpec } | { ok: false; problems: Problem[] };

/** Validates untrusted input as a spec (shape and scenario; checkSpec then checks it against its run). */
export function parseSpec(input: unknown): ParseSpecResult {
  const parsed = specSchema.safeParse(input);
  if (parsed.success) return { ok: true, spec: parsed.data as QuestionSpec };
  const problems: Problem[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join(".");
    const message =
      issue.code === "unrecognized_keys" ? L(`Unknown field ${issue.keys.join(", ")}.`, `未知字段 ${issue.keys.join("、")}。`) : messageOf(issue.message);
    if (!problems.some((p) => p.path === path && p.message.en === message.en)) problems.push({ path, message });
  }
  return { ok: false, problems };
}
