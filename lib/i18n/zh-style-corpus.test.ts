import { describe, expect, it } from "vitest";
import { ZH_EDGES } from "@/components/progress/map-labels";
import { ALL_CARD_IDS, renderCard } from "../flashcards";
import { formatInterval } from "../flashcards/format";
import { responseText } from "../progress/response-text";
import { ENGINE_CARDS, ENGINE_TEXT, NOTE_TEXT } from "../flashcards/engine";
import { MISCONCEPTIONS } from "../questions/misconceptions";
import { PRESETS } from "../simulator/presets";
import { messages } from "./messages";
import { describeZhStyleProblems, findZhStyleProblems } from "./zh-style";

/**
 * The glossary's rules over every Chinese text outside the questions: every message of
 * lib/i18n/messages/zh, every flashcard (its templates and the faces it renders for several seeds),
 * the simulator's presets and the Chinese written in code (mastery map edges, intervals, answers). Fails with the list of every text that breaks a rule.
 */

type Entry = readonly [where: string, text: string];

function messageEntries(): Entry[] {
  return Object.entries(messages.zh).flatMap(([namespace, table]) =>
    Object.entries(table as Readonly<Record<string, string>>).map(([key, text]) => [`messages.zh.${namespace}.${key}`, text] as const),
  );
}

function flashcardTemplateEntries(): Entry[] {
  const entries: Entry[] = [];
  for (const [key, text] of Object.entries(ENGINE_TEXT)) entries.push([`ENGINE_TEXT.${key}`, text.zh]);
  for (const [key, text] of Object.entries(NOTE_TEXT)) entries.push([`NOTE_TEXT.${key}`, text.zh]);
  for (const spec of ENGINE_CARDS) {
    entries.push([`engine:${spec.slug} rule`, spec.rule.zh]);
    (spec.context ?? []).forEach((text, k) => entries.push([`engine:${spec.slug} context ${k}`, text.zh]));
  }
  return entries;
}

const SEEDS = [1, 2, 3, 5, 8, 13, 42, 7919];

function renderedCardEntries(): Entry[] {
  const entries: Entry[] = [];
  for (const id of ALL_CARD_IDS) {
    for (const seed of SEEDS) {
      const view = renderCard(id, seed, "zh");
      if (!view) throw new Error(`no card ${id}`);
      const texts =
        view.kind === "concept"
          ? [view.question, ...view.answer]
          : [
              view.situation,
              view.event,
              ...view.context,
              view.tcb ?? "",
              view.prompt,
              view.result.stateLine,
              ...view.result.otherStates,
              view.result.sentLine,
              ...view.result.notes,
              view.rule,
            ];
      for (const text of texts) if (text) entries.push([`${id} (seed ${seed})`, text]);
      if (view.kind === "concept") break;
    }
  }
  return entries;
}

function presetEntries(): Entry[] {
  return PRESETS.flatMap((p) => [[`preset ${p.id} name`, p.name.zh] as const, [`preset ${p.id} summary`, p.summary.zh] as const]);
}

function report(entries: readonly Entry[]): string[] {
  const seen = new Set<string>();
  const failures: string[] = [];
  for (const [where, text] of entries) {
    if (seen.has(text)) continue;
    seen.add(text);
    const problems = findZhStyleProblems(text);
    if (problems.length > 0) failures.push(`${where}: ${text}\n${describeZhStyleProblems(problems)}`);
  }
  return failures;
}

describe("Chinese texts follow the glossary", () => {
  it("every message of lib/i18n/messages/zh", () => {
    const entries = messageEntries();
    expect(entries.length).toBeGreaterThan(500);
    expect(report(entries)).toEqual([]);
  });

  it("every flashcard template and every face it renders", () => {
    const entries = [...flashcardTemplateEntries(), ...renderedCardEntries()];
    expect(entries.length).toBeGreaterThan(300);
    expect(report(entries)).toEqual([]);
  });

  it("every simulator preset", () => {
    expect(report(presetEntries())).toEqual([]);
  });

  it("every misconception label (questions, feedback and lessons show them)", () => {
    expect(report(MISCONCEPTIONS.map((m) => [`misconception ${m.id}`, m.label.zh] as const))).toEqual([]);
  });

  it("the Chinese written in code: mastery map edges, review intervals, stored answers", () => {
    const entries: Entry[] = [
      ...Object.entries(ZH_EDGES).map(([edge, text]) => [`ZH_EDGES ${edge}`, text] as const),
      ...[1, 90, 600, 86_400, 40 * 86_400, 400 * 86_400].map((s) => [`formatInterval ${s}`, formatInterval(s * 1000, "zh")] as const),
      [
        "responseText flags",
        responseText({ input: { en: { kind: "flags" }, zh: { kind: "flags" } } } as never, { kind: "flags", flags: ["ACK", "FIN"] }, "zh") ?? "",
      ],
      ["responseText no flags", responseText({ input: { en: { kind: "flags" }, zh: { kind: "flags" } } } as never, { kind: "flags", flags: [] }, "zh") ?? ""],
    ];
    expect(report(entries)).toEqual([]);
  });
});
